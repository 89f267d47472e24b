type Props = {
  /** The module's name: its file is components/<area>/<name>.enhance.ts. */
  name: string;
  /** Its address, from `enhancementSrc(name)` (lib/serving/enhancements.ts), which the page calls. */
  src: string;
};

/**
 * Loads an enhancement module (docs/architecture.md#enhancement-modules). The HTML rewriter keeps
 * exactly this shape of script on reading pages: `type="module"`, `data-enhancement` and a
 * `/enhance/` source.
 */
export function EnhancementScript({ name, src }: Props) {
  // A module script is deferred by definition, so it never blocks parsing; `async` would not help
  // and would make React hoist the script into <head>.
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script type="module" src={src} data-enhancement={name} />;
}
