import * as migration_20261125_165057_initial from './20261125_165057_initial';

export const migrations = [
  {
    up: migration_20261125_165057_initial.up,
    down: migration_20261125_165057_initial.down,
    name: '20261125_165057_initial'
  },
];
