import * as migration_20261124_134123_initial from './20261124_134123_initial';

export const migrations = [
  {
    up: migration_20261124_134123_initial.up,
    down: migration_20261124_134123_initial.down,
    name: '20261124_134123_initial'
  },
];
