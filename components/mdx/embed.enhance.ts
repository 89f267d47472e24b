/**
 * Click-to-load embeds (embed.tsx), as an enhancement module. The server's card works without it: a
 * notice, the title and a plain link to the original. This module reveals the card's "Load …
 * content" button and its "Always load … content" box, and puts the provider's iframe in the space
 * the card reserved when the reader asks, or at once for a provider the reader chose to always load
 * (a choice kept in this browser's localStorage only, one key per provider). Before that, nothing
 * is requested from the provider.
 *
 * The iframe is the one element this module makes, every attribute of it from the card's data
 * attributes (built on the server from lib/config/embed-providers.ts); a hidden prototype iframe in
 * the page would give every card an empty browsing context on every page view. The page's
 * Content-Security-Policy allows frames from exactly the providers its cards name.
 */

/** The localStorage key of the reader's "always load" choice for a provider: `embed-always:<provider id>`. */
export const ALWAYS_KEY = 'embed-always:';

/** The part of localStorage the module uses; `enhance` takes it as a parameter so tests can pass a stand-in. */
export type ChoiceStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One card's elements and data. */
type Card = {
  root: HTMLElement;
  frame: HTMLElement;
  button: HTMLButtonElement;
  always: HTMLElement;
  box: HTMLInputElement;
  provider: string;
  src: string;
  title: string;
  sandbox: string;
  allow: string;
  loaded: boolean;
};

function findCard(root: HTMLElement): Card | undefined {
  const frame = root.querySelector('[data-embed-frame]');
  const button = root.querySelector('[data-embed-load]');
  const always = root.querySelector('[data-embed-always]');
  const box = root.querySelector('[data-embed-remember]');
  const { embedProvider: provider, embedSrc: src, embedSandbox: sandbox = '', embedAllow: allow = '' } = root.dataset;
  const title = root.querySelector('[data-embed-title]')?.textContent ?? '';
  if (!(frame instanceof HTMLElement) || !(button instanceof HTMLButtonElement) || !(always instanceof HTMLElement)) {
    return undefined;
  }
  if (!(box instanceof HTMLInputElement) || !provider || !src?.startsWith('https://')) return undefined;
  return { root, frame, button, always, box, provider, src, title, sandbox, allow, loaded: false };
}

/** Puts the provider's iframe in the card's reserved space; moves focus to it when the reader asked. */
function load(card: Card, focus: boolean): void {
  if (card.loaded) return;
  card.loaded = true;
  const { frame } = card;
  const before = frame.getBoundingClientRect().height;
  const iframe = frame.ownerDocument.createElement('iframe');
  iframe.title = card.title;
  iframe.setAttribute('loading', 'lazy');
  iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  iframe.setAttribute('sandbox', card.sandbox);
  if (card.allow) iframe.setAttribute('allow', card.allow);
  iframe.src = card.src;
  frame.replaceChildren(iframe);
  // The card's text may have made the space taller than its shape (very large text): it keeps that
  // height, so nothing under it moves.
  if (frame.getBoundingClientRect().height < before) frame.style.minHeight = `${before}px`;
  card.root.setAttribute('data-embed-loaded', '');
  if (focus) iframe.focus();
}

function remembered(store: ChoiceStore | undefined, provider: string): boolean {
  try {
    return store?.getItem(ALWAYS_KEY + provider) === '1';
  } catch {
    return false;
  }
}

function remember(store: ChoiceStore | undefined, provider: string, always: boolean): void {
  try {
    if (always) store?.setItem(ALWAYS_KEY + provider, '1');
    else store?.removeItem(ALWAYS_KEY + provider);
  } catch {
    // Storage refused (private browsing, blocked cookies): the choice lasts for this page only.
  }
}

/**
 * Enhances every embed card (`[data-embed]`) under `root`: reveals its button and box, loads it on
 * a click, and loads at once the cards of providers the reader chose to always load. Ticking
 * "Always load" loads that provider's cards on the page and remembers it in `store`; unticking
 * forgets it (what is loaded stays). A card whose markup is not the one the module knows is left as
 * the server sent it.
 */
export function enhance(root: ParentNode, store: ChoiceStore | undefined): void {
  const cards: Card[] = [];
  for (const element of root.querySelectorAll('[data-embed]')) {
    const card = element instanceof HTMLElement ? findCard(element) : undefined;
    if (card) cards.push(card);
  }
  const sameProvider = (provider: string) => cards.filter((c) => c.provider === provider);
  for (const card of cards) {
    const always = remembered(store, card.provider);
    card.box.checked = always;
    card.button.hidden = false;
    card.always.hidden = false;
    card.button.addEventListener('click', () => load(card, true));
    card.box.addEventListener('change', () => {
      const { checked } = card.box;
      remember(store, card.provider, checked);
      for (const other of sameProvider(card.provider)) {
        other.box.checked = checked;
        if (checked) load(other, false);
      }
    });
    if (always) load(card, false);
  }
}

function localStore(): ChoiceStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

enhance(document, localStore());
