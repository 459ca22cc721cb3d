// Which scenario, data version and link an exported chart is stamped with: given by the screen around the charts,
// read (and its code loaded) only when a file is made, so the charts never subscribe to the store for it.
import { createContext } from 'react';
import type { FigureStamp } from './figure';

/** Without a screen around it (a component test), a chart's files carry no stamp. */
export const FigureStampContext = createContext<() => Promise<FigureStamp>>(async () => ({
  scenario: '',
  dataVersion: '',
  link: '',
}));
