import {
  bodyLayout
} from "./chunk-45DHUUIA.js";

// dist/render/text.js
function renderText(article) {
  const body = bodyLayout(article.blocks).text;
  return (article.title ? `${article.title}

${body}` : body) + "\n";
}

export {
  renderText
};
