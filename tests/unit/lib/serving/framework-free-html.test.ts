import { describe, expect, it } from 'vitest';
import { stripFrameworkRuntime } from '@/lib/serving/framework-free-html';
import { ENHANCEMENT_PATH } from '@/lib/serving/enhancements';

/** A page shaped like Next 16's output for one of ours (tests/e2e/framework-free.spec.ts checks the real thing). */
function page(body: string, head = ''): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
    '<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fimages%2Fa.jpg&amp;w=360&amp;q=75 360w" fetchPriority="high"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/04gu74ssjturo.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0skek28bvvlel.js"/>' +
    '<script src="/_next/static/chunks/19n0hbew3a922.js" async=""></script>' +
    '<link rel="expect" href="#_R_" blocking="render"/>' +
    `<title>A story</title>${head}` +
    '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>' +
    `<body><div hidden=""><!--$--><!--/$--></div>${body}` +
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\/script> not the end"])</script>' +
    '</body></html>'
  );
}

const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A </p> story"}</script>';

describe('stripFrameworkRuntime', () => {
  it('takes out the framework scripts, their preloads and the RSC payload, and nothing else', async () => {
    const body = `<main><h1>A story</h1><p>Words &amp; more words.</p>${JSON_LD}</main>`;
    const result = await stripFrameworkRuntime(page(body));
    expect(result.html).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
        '<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fimages%2Fa.jpg&amp;w=360&amp;q=75 360w" fetchPriority="high"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/04gu74ssjturo.css" data-precedence="next"/>' +
        '<title>A story</title></head>' +
        `<body><div hidden=""><!--$--><!--/$--></div>${body}</body></html>`,
    );
    expect(result.removedScripts).toBe(5);
    expect(result.removedLinks).toBe(2);
    expect(result.blockers).toEqual([]);
  });

  it('keeps JSON-LD, and script-like text in attributes, comments and text', async () => {
    const body =
      `<p title="<script>x</script>">&lt;script&gt;alert(1)&lt;/script&gt;</p><!-- <script>y</script> -->` +
      `<pre><code>&lt;script src="/_next/static/chunks/a.js"&gt;</code></pre>${JSON_LD}`;
    const { html } = await stripFrameworkRuntime(page(body));
    expect(html).toContain(body);
  });

  it("keeps a page's own enhancement module, and only one declared as such", async () => {
    const enhancement = `<script type="module" src="${ENHANCEMENT_PATH}/full-text-search.abc123.js" data-enhancement="full-text-search"></script>`;
    const imposters = [
      `<script type="module" src="${ENHANCEMENT_PATH}/full-text-search.abc123.js"></script>`,
      '<script type="module" src="/_next/static/chunks/x.js" data-enhancement="x"></script>',
      `<script src="${ENHANCEMENT_PATH}/x.js" data-enhancement="x"></script>`,
      '<script type="application/ld+json" src="/_next/static/chunks/x.js"></script>',
    ];
    const { html } = await stripFrameworkRuntime(page(`<main>${enhancement}${imposters.join('')}</main>`));
    expect(html).toContain(`<main>${enhancement}</main>`);
  });

  it('reports content that only the framework would put in place (out-of-order streaming)', async () => {
    const body =
      '<main><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></main>' +
      '<div hidden id="S:0"><p>The story</p></div><script>$RC("B:0","S:0")</script>';
    const result = await stripFrameworkRuntime(page(body));
    expect(result.blockers).toEqual(['<template id="B:0">', '<div id="S:0">']);
  });

  it('takes a script left open at the end of the document to the end, as a browser would', async () => {
    const { html } = await stripFrameworkRuntime('<!DOCTYPE html><html><body><p>Text</p><script>self.__next_f.push(');
    expect(html).toBe('<!DOCTYPE html><html><body><p>Text</p>');
  });

  it('leaves a long body byte for byte', async () => {
    const paragraphs = '<p>A paragraph of reporting, with <a href="/x">a link</a> and <em>emphasis</em>.</p>'.repeat(
      1000,
    );
    const { html } = await stripFrameworkRuntime(page(`<main>${paragraphs}</main>`));
    expect(html).toContain(`<body><div hidden=""><!--$--><!--/$--></div><main>${paragraphs}</main></body>`);
  });

  it('tells an empty document (what Next renders for notFound() on demand) from a page', async () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head><meta name="robots" content="noindex"/></head>' +
      '<body><div hidden=""><!--$--><meta name="x" content="y"><!--/$--></div>' +
      '<script>self.__next_f.push([1,"the not-found page, drawn by the framework"])</script></body></html>';
    expect((await stripFrameworkRuntime(shell)).emptyBody).toBe(true);
    expect((await stripFrameworkRuntime(page('<main><h1>A story</h1></main>'))).emptyBody).toBe(false);
    expect((await stripFrameworkRuntime(page('Just words'))).emptyBody).toBe(false);
    expect((await stripFrameworkRuntime(page('<div hidden><p>Hidden</p></div><p>Shown</p>'))).emptyBody).toBe(false);
  });
});
