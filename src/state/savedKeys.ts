// Storage keys of saved scenarios: apart from the storage code (which loads after the first screen) so that the
// persistence table can name them without pulling zod into the first bundle.
export const STORAGE_KEY = 'usmca-sim:saved';
export const SET_ASIDE_PREFIX = 'usmca-sim:set-aside:';
