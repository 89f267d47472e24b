import Image from 'next/image';
import type { Hero } from '@/lib/content/articles';

type Props = {
  hero: Hero;
  /** The article's hero is its largest paint: fetch it early. */
  preload?: boolean;
  /** The `sizes` attribute: how wide the image is laid out at each viewport. */
  sizes?: string;
  /** A tiny data URL (lib/media/blur-placeholder.ts) painted blurred in the reserved space until the image loads. */
  blurDataURL?: string;
};

export function HeroImage({ hero, preload = false, sizes = '(min-width: 56rem) 56rem, 100vw', blurDataURL }: Props) {
  return (
    <figure className="mb-8">
      <Image
        src={hero.src}
        alt={hero.alt}
        width={hero.width}
        height={hero.height}
        sizes={sizes}
        preload={preload}
        fetchPriority={preload ? 'high' : undefined}
        {...(blurDataURL ? { placeholder: 'blur' as const, blurDataURL } : {})}
        className="h-auto w-full bg-rule/40"
      />
      {hero.caption || hero.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {hero.caption ? <span>{hero.caption}</span> : null}
          {hero.credit ? <span className="ml-1 text-xs uppercase tracking-wide">{hero.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
