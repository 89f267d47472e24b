// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DetachedWindowAPI } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Embed } from '@/components/mdx/embed';
import { ALWAYS_KEY, enhance, type ChoiceStore } from '@/components/mdx/embed.enhance';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const VIMEO = 'https://vimeo.com/76979871';

/** A stand-in for localStorage that records what is asked of it. */
function memoryStore(initial: Record<string, string> = {}): ChoiceStore & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A store that refuses everything, as Safari's private browsing once did. */
const refusingStore: ChoiceStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

/** Puts the server's HTML of these cards into the document, as a browser parses it. */
function mount(...cards: { url: string; title: string; aspect?: string }[]): void {
  const template = document.createElement('template');
  template.innerHTML = renderToStaticMarkup(
    <>
      {cards.map((card) => (
        <Embed key={card.title} {...card} />
      ))}
    </>,
  );
  document.body.replaceChildren(template.content);
}

function cardOf(title: string): HTMLElement {
  const card = screen.getByText(title).closest('[data-embed]');
  if (!(card instanceof HTMLElement)) throw new Error(`no card for ${title}`);
  return card;
}

const iframes = () => [...document.querySelectorAll('iframe')];

beforeEach(() => {
  // An iframe the module adds only takes its address here: happy-dom would otherwise fetch it.
  const happyDOM: unknown = Reflect.get(window, 'happyDOM');
  if (!(happyDOM instanceof DetachedWindowAPI)) throw new Error('not running in happy-dom');
  happyDOM.settings.navigation.disableChildFrameNavigation = true;
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('embed module', () => {
  it('reveals the button and the box, and loads nothing before the click', () => {
    mount({ url: YOUTUBE, title: 'The ferry crossing' });
    const button = screen.getByText('Load YouTube content');
    const box = screen.getByLabelText('Always load YouTube content');
    expect(button.hidden).toBe(true);
    expect(box.closest('[hidden]')).not.toBeNull();
    enhance(document, memoryStore());
    expect(button.hidden).toBe(false);
    expect(box.closest('[hidden]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Load YouTube content' })).toBe(button);
    expect(box instanceof HTMLInputElement && box.checked).toBe(false);
    expect(iframes()).toEqual([]);
  });

  it('puts the privacy-enhanced iframe in the reserved space on a click, and focus on it', () => {
    mount({ url: YOUTUBE, title: 'The ferry crossing' });
    const store = memoryStore();
    enhance(document, store);
    const card = cardOf('The ferry crossing');
    const frame = card.querySelector('[data-embed-frame]');
    const style = frame?.getAttribute('style');
    fireEvent.click(screen.getByRole('button', { name: 'Load YouTube content' }));

    const [iframe, ...others] = iframes();
    expect(others).toEqual([]);
    expect(iframe?.parentElement).toBe(frame);
    expect(frame?.children).toHaveLength(1);
    expect(frame?.getAttribute('style')).toBe(style);
    expect(iframe?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(iframe?.getAttribute('title')).toBe('The ferry crossing');
    expect(iframe?.getAttribute('loading')).toBe('lazy');
    expect(iframe?.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(iframe?.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(iframe?.getAttribute('allow')).toBe('fullscreen; picture-in-picture');
    expect(document.activeElement).toBe(iframe);
    expect(card.hasAttribute('data-embed-loaded')).toBe(true);
    // The link to the original, the title and the box stay.
    expect(screen.getByRole('link', { name: 'Open on YouTube' }).getAttribute('href')).toBe(YOUTUBE);
    expect(screen.getByLabelText('Always load YouTube content')).toBeDefined();
    // One click is not a lasting choice.
    expect(store.items.size).toBe(0);
  });

  it('loads only the card clicked', () => {
    mount({ url: YOUTUBE, title: 'First video' }, { url: YOUTUBE, title: 'Second video' });
    enhance(document, memoryStore());
    const [first] = screen.getAllByRole('button', { name: 'Load YouTube content' });
    fireEvent.click(first!);
    expect(iframes().map((f) => f.title)).toEqual(['First video']);
    expect(screen.getAllByRole('button', { name: 'Load YouTube content' })).toHaveLength(1);
  });

  it('remembers "Always load" per provider and loads that provider’s cards at once', () => {
    mount(
      { url: YOUTUBE, title: 'First video' },
      { url: VIMEO, title: 'A film' },
      { url: YOUTUBE, title: 'Second video' },
    );
    const store = memoryStore();
    enhance(document, store);
    const [box] = screen.getAllByLabelText('Always load YouTube content');
    fireEvent.click(box!);
    expect(store.items.get(`${ALWAYS_KEY}youtube`)).toBe('1');
    expect(store.items.has(`${ALWAYS_KEY}vimeo`)).toBe(false);
    expect(iframes().map((f) => f.title)).toEqual(['First video', 'Second video']);
    // Both YouTube boxes show the choice; focus stays on the box the reader ticked.
    expect(screen.getAllByLabelText('Always load YouTube content').map((b) => (b as HTMLInputElement).checked)).toEqual(
      [true, true],
    );
    expect(document.activeElement).not.toBeInstanceOf(HTMLIFrameElement);
    expect(screen.getByRole('button', { name: 'Load Vimeo content' })).toBeDefined();
  });

  it('applies the choice on later pages, and forgets it when unticked', () => {
    const store = memoryStore({ [`${ALWAYS_KEY}vimeo`]: '1' });
    mount({ url: YOUTUBE, title: 'A video' }, { url: VIMEO, title: 'A film' });
    enhance(document, store);
    expect(iframes().map((f) => f.getAttribute('src'))).toEqual(['https://player.vimeo.com/video/76979871?dnt=1']);
    const box = screen.getByLabelText('Always load Vimeo content');
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(store.items.has(`${ALWAYS_KEY}vimeo`)).toBe(false);
    // What is loaded stays loaded.
    expect(iframes()).toHaveLength(1);
  });

  it('still works when the browser refuses storage', () => {
    mount({ url: YOUTUBE, title: 'A video' });
    enhance(document, refusingStore);
    fireEvent.click(screen.getByLabelText('Always load YouTube content'));
    expect(iframes()).toHaveLength(1);
    enhance(document, undefined);
  });

  it('gives an iframe no allow attribute when the provider needs no feature', () => {
    mount({ url: 'https://x.com/NASA/status/1735052591451013178', title: 'A post' });
    enhance(document, memoryStore());
    fireEvent.click(screen.getByRole('button', { name: 'Load X (Twitter) content' }));
    expect(iframes()[0]?.hasAttribute('allow')).toBe(false);
    expect(iframes()[0]?.getAttribute('src')).toBe(
      'https://platform.twitter.com/embed/Tweet.html?id=1735052591451013178&dnt=true',
    );
  });

  it('leaves a card it does not know, or one whose address is not https, as the server sent it', () => {
    mount({ url: YOUTUBE, title: 'A video' }, { url: VIMEO, title: 'A film' });
    cardOf('A video').querySelector('[data-embed-load]')?.remove();
    cardOf('A film').setAttribute('data-embed-src', 'javascript:alert(1)');
    enhance(document, memoryStore({ [`${ALWAYS_KEY}vimeo`]: '1' }));
    expect(iframes()).toEqual([]);
    expect(screen.getByText('Always load Vimeo content').closest('[hidden]')).not.toBeNull();
  });
});
