/**
 * Turndown's browser build: the same converter without the HTML-string parser (domino) that its
 * Node build loads at start-up. This project hands Turndown DOM nodes only, never strings.
 */
declare module 'turndown/lib/turndown.browser.es.js' {
  import TurndownService from 'turndown';
  export default TurndownService;
}
