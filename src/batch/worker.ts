/** The pool worker: converts one task per call (see convert.ts). Loaded by Piscina. */
import { convert, type Task } from './convert.js';

export default function run(task: Task) {
  return convert(task);
}
