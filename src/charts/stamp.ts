// Which scenario, data version and link an exported chart is stamped with: given by the screen around the charts
// (read when a file is made, so the charts never subscribe to the store for it).
import { createContext } from 'react';
import type { FigureStamp } from './figure';

export const FigureStampContext = createContext<() => FigureStamp>(() => ({
  scenario: '',
  dataVersion: '',
  link: typeof location === 'undefined' ? '' : location.href,
}));
