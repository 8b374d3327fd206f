// What the studio uses of the build's content pipeline, in one module the plugin loads on first
// use: the tour server starts (and serves visitors) without loading the validator, the Markdown
// renderer or the SVG sanitiser (and their jsdom).
export { sanitizeSvg } from '../../pipeline/content/svg.ts';
export { checkContent, savedContentChecker } from './check.ts';
export { glossaryOf, previewStop } from './preview.ts';
