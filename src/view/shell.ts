// The frame every page shares: the document head, the stylesheet and script beside the pages (so a
// page opens from disk with no network), the top bar and the one tooltip element.
import { escapeHtml } from './html.js';

/** The files every site has beside its pages, referenced from each page. */
export const ASSET_FILES = { css: 'akhbar.css', js: 'akhbar.js' } as const;

export interface ShellOptions {
  title: string;
  /** Relative path from the page to the site's root folder: '' or '../'. */
  root: string;
  bodyClass: string;
  nav: string;
  body: string;
  /** Scripts beside the pages to load before the site's own, relative to the root. */
  scripts?: string[];
}

export function pageShell(options: ShellOptions): string {
  const scripts = [...(options.scripts ?? []), ASSET_FILES.js].map((s) => `<script src="${options.root}${s}"></script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="akhbar view">
<title>${escapeHtml(options.title)} · Akhbar</title>
<link rel="stylesheet" href="${options.root}${ASSET_FILES.css}">
</head>
<body class="${options.bodyClass}">
<header class="top"><span class="brand">Akhbar · <span lang="ar">أخبار</span></span> <nav>${options.nav}</nav></header>
<main>
${options.body}
</main>
<div id="tip" role="tooltip" hidden></div>
${scripts}
</body>
</html>
`;
}
