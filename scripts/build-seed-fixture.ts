/**
 * Turns data/seed-article.txt (the text of the page FigureLens started
 * from) back into an HTML page with the site's structure: the menu, the
 * byline, the body paragraphs and the footer with its licence line. The
 * output, e2e/pages/seed-article.html, is committed; run this again only
 * if the seed text changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const lines = readFileSync(here('../data/seed-article.txt'), 'utf8').split('\n');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const title = lines[0]!.replace(/^Title:\s*/, '');
const body = lines.slice(lines.indexOf('') + 1);

const byIndex = body.findIndex((l) => l.startsWith('BY :'));
const topMenu = body.slice(0, 4);
const gatewayAt = body.indexOf('Gateway to');
const sideMenu = body.slice(gatewayAt + 1, byIndex).map((l) => l.replace(/^·\s*/, ''));
const coverAt = body.findIndex((l) => l.startsWith('Cover photo:'));
const paragraphs = body.slice(byIndex + 2, coverAt);
const [links, contact, copyright, company, policy, licence] = body.slice(coverAt + 1).map((l) => l.trim()).filter(Boolean);

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
  body { font: 16px/1.5 Georgia, serif; margin: 0; color: #222; }
  .topnav, .sidenav { font: 13px/1.6 Arial, sans-serif; }
  .topnav { background: #0b4a8b; padding: 8px 24px; }
  .topnav a { color: #fff; margin-right: 18px; text-decoration: none; }
  .wrap { display: flex; gap: 32px; padding: 16px 24px; }
  .sidenav { width: 220px; flex: none; }
  .sidenav ul { list-style: none; padding: 0; margin: 0; }
  article { max-width: 720px; }
  .info { color: #666; font: 13px Arial, sans-serif; }
  footer { font: 12px/1.6 Arial, sans-serif; background: #eee; padding: 12px 24px; }
</style>
</head>
<body>
<nav class="topnav">${topMenu.map((m) => `<a href="#">${escape(m)}</a>`).join('')}</nav>
<div class="wrap">
<nav class="sidenav"><h3>${escape(body[gatewayAt]!)}</h3>
<ul>
${sideMenu.map((m) => `<li>· <a href="#">${escape(m)}</a></li>`).join('\n')}
</ul></nav>
<article>
<h1>${escape(title)}</h1>
<div class="info"><span>${escape(body[byIndex]!)}</span> <span>${escape(body[byIndex + 1]!)}</span></div>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p class="cover">${escape(body[coverAt]!)}</p>
</article>
</div>
<footer>
<p class="links">${links!.split('|').filter((s) => s.trim()).map((s) => `<a href="#">${escape(s.trim())}</a>`).join(' |')} |</p>
<p>${contact!.split('|').map((s) => `<a href="#">${escape(s)}</a>`).join('|')}</p>
<p>${escape(copyright!)}<br>${escape(company!)} ${escape(policy!)}</p>
<p class="icp">${escape(licence!)}</p>
</footer>
</body>
</html>
`;
writeFileSync(here('../e2e/pages/seed-article.html'), html);
console.log('wrote e2e/pages/seed-article.html');
