import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/seo/json-ld';

describe('JsonLd', () => {
  it('renders one application/ld+json script that content cannot break out of', () => {
    const html = renderToStaticMarkup(
      <JsonLd
        data={{ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: '</script><b>x</b>' }] }}
      />,
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    const json = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><b>x</b>');
  });
});
