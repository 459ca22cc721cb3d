// Spanish interface text (Mexican Spanish conventions).
import type { Messages } from './en';
import { en } from './en';

export const es: Messages = { ...en };
