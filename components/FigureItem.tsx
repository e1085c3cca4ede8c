import type { Figure } from '@/lib/figure';

/** One figure as written, its kind, and its sentence with the figure emphasised. */
export function FigureItem({ figure }: { figure: Figure }) {
  const { sentence, sentenceOffset: at, text } = figure;
  return (
    <li class={`figure figure-${figure.kind}`} data-figure-id={figure.id}>
      <span class="figure-text">{text}</span> <span class="figure-kind">{figure.kind}</span>
      <p class="figure-sentence">
        {sentence.slice(0, at)}
        <mark>{text}</mark>
        {sentence.slice(at + text.length)}
      </p>
    </li>
  );
}
