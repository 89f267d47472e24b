type Props = {
  title: string;
  standfirst: string;
};

/** The headline and standfirst at the top of a story or a standing page: one look for both. */
export function Headline({ title, standfirst }: Props) {
  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance text-ink sm:text-4xl lg:text-5xl">
        {title}
      </h1>
      <p className="mt-4 font-serif text-lg leading-snug text-ink/90 sm:text-xl">{standfirst}</p>
    </>
  );
}
