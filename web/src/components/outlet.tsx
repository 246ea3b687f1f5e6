// An outlet's name as a coloured badge; the colour is derived from the name so it is the same everywhere.
import { outletHue } from '../format.ts';

export function OutletBadge({ source }: { source: string | null | undefined }) {
  return (
    <span class="badge" style={{ '--hue': String(outletHue(source)) }} title={source ?? undefined}>
      {source ?? 'unknown outlet'}
    </span>
  );
}
