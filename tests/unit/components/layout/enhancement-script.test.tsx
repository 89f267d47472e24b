import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EnhancementScript } from '@/components/layout/enhancement-script';

describe('EnhancementScript', () => {
  it('is a module script with its name, in place (not async, which React would hoist)', () => {
    const html = renderToStaticMarkup(
      <main>
        <EnhancementScript name="full-text-search" src="/enhance/full-text-search.0123abcd.js" />
      </main>,
    );
    expect(html).toBe(
      '<main><script type="module" src="/enhance/full-text-search.0123abcd.js" data-enhancement="full-text-search"></script></main>',
    );
  });
});
