import * as migration_20261125_165057_initial from './20261125_165057_initial';
import * as migration_20261125_171548_venue_geocoding from './20261125_171548_venue_geocoding';
import * as migration_20261125_180000_search_index from './20261125_180000_search_index';
import * as migration_20261125_192451_site_settings from './20261125_192451_site_settings';
import * as migration_20261125_211205_listing_reports from './20261125_211205_listing_reports';
import * as migration_20261202_010005_contact_flows from './20261202_010005_contact_flows';
import * as migration_20261202_013736_site_privacy from './20261202_013736_site_privacy';
import * as migration_20261202_163352_moderation from './20261202_163352_moderation';
import * as migration_20261202_170014_opening_photos from './20261202_170014_opening_photos';
import * as migration_20261202_232648_edited_by_name from './20261202_232648_edited_by_name';
import * as migration_20261203_001309_search_synonyms from './20261203_001309_search_synonyms';
import * as migration_20261203_003856_tagline_en from './20261203_003856_tagline_en';
import * as migration_20261203_005031_public_holidays from './20261203_005031_public_holidays';
import * as migration_20261203_010859_theme_name_en from './20261203_010859_theme_name_en';
import * as migration_20261203_022831_search_store from './20261203_022831_search_store';
import * as migration_20261203_120038_open_data_feed from './20261203_120038_open_data_feed';
import * as migration_20261203_155746_import_runs from './20261203_155746_import_runs';
import * as migration_20261203_162213_federation from './20261203_162213_federation';
import * as migration_20261204_161600_help_filters from './20261204_161600_help_filters';
import * as migration_20261204_164109_waitlist from './20261204_164109_waitlist';
import * as migration_20261204_165550_alerts from './20261204_165550_alerts';
import * as migration_20261204_191725_referrals from './20261204_191725_referrals';
import * as migration_20261204_200147_profiles from './20261204_200147_profiles';
import * as migration_20261204_201703_loket_status from './20261204_201703_loket_status';
import * as migration_20261204_202642_rooms from './20261204_202642_rooms';
import * as migration_20261204_222539_organisation_merge from './20261204_222539_organisation_merge';
import * as migration_20261204_224238_accessibility_answers from './20261204_224238_accessibility_answers';

export const migrations = [
  {
    up: migration_20261125_165057_initial.up,
    down: migration_20261125_165057_initial.down,
    name: '20261125_165057_initial',
  },
  {
    up: migration_20261125_171548_venue_geocoding.up,
    down: migration_20261125_171548_venue_geocoding.down,
    name: '20261125_171548_venue_geocoding',
  },
  {
    up: migration_20261125_180000_search_index.up,
    down: migration_20261125_180000_search_index.down,
    name: '20261125_180000_search_index',
  },
  {
    up: migration_20261125_192451_site_settings.up,
    down: migration_20261125_192451_site_settings.down,
    name: '20261125_192451_site_settings',
  },
  {
    up: migration_20261125_211205_listing_reports.up,
    down: migration_20261125_211205_listing_reports.down,
    name: '20261125_211205_listing_reports',
  },
  {
    up: migration_20261202_010005_contact_flows.up,
    down: migration_20261202_010005_contact_flows.down,
    name: '20261202_010005_contact_flows',
  },
  {
    up: migration_20261202_013736_site_privacy.up,
    down: migration_20261202_013736_site_privacy.down,
    name: '20261202_013736_site_privacy',
  },
  {
    up: migration_20261202_163352_moderation.up,
    down: migration_20261202_163352_moderation.down,
    name: '20261202_163352_moderation',
  },
  {
    up: migration_20261202_170014_opening_photos.up,
    down: migration_20261202_170014_opening_photos.down,
    name: '20261202_170014_opening_photos',
  },
  {
    up: migration_20261202_232648_edited_by_name.up,
    down: migration_20261202_232648_edited_by_name.down,
    name: '20261202_232648_edited_by_name',
  },
  {
    up: migration_20261203_001309_search_synonyms.up,
    down: migration_20261203_001309_search_synonyms.down,
    name: '20261203_001309_search_synonyms',
  },
  {
    up: migration_20261203_003856_tagline_en.up,
    down: migration_20261203_003856_tagline_en.down,
    name: '20261203_003856_tagline_en',
  },
  {
    up: migration_20261203_005031_public_holidays.up,
    down: migration_20261203_005031_public_holidays.down,
    name: '20261203_005031_public_holidays',
  },
  {
    up: migration_20261203_010859_theme_name_en.up,
    down: migration_20261203_010859_theme_name_en.down,
    name: '20261203_010859_theme_name_en',
  },
  {
    up: migration_20261203_022831_search_store.up,
    down: migration_20261203_022831_search_store.down,
    name: '20261203_022831_search_store',
  },
  {
    up: migration_20261203_120038_open_data_feed.up,
    down: migration_20261203_120038_open_data_feed.down,
    name: '20261203_120038_open_data_feed',
  },
  {
    up: migration_20261203_155746_import_runs.up,
    down: migration_20261203_155746_import_runs.down,
    name: '20261203_155746_import_runs',
  },
  {
    up: migration_20261203_162213_federation.up,
    down: migration_20261203_162213_federation.down,
    name: '20261203_162213_federation',
  },
  {
    up: migration_20261204_161600_help_filters.up,
    down: migration_20261204_161600_help_filters.down,
    name: '20261204_161600_help_filters',
  },
  {
    up: migration_20261204_164109_waitlist.up,
    down: migration_20261204_164109_waitlist.down,
    name: '20261204_164109_waitlist',
  },
  {
    up: migration_20261204_165550_alerts.up,
    down: migration_20261204_165550_alerts.down,
    name: '20261204_165550_alerts',
  },
  {
    up: migration_20261204_191725_referrals.up,
    down: migration_20261204_191725_referrals.down,
    name: '20261204_191725_referrals',
  },
  {
    up: migration_20261204_200147_profiles.up,
    down: migration_20261204_200147_profiles.down,
    name: '20261204_200147_profiles',
  },
  {
    up: migration_20261204_201703_loket_status.up,
    down: migration_20261204_201703_loket_status.down,
    name: '20261204_201703_loket_status',
  },
  {
    up: migration_20261204_202642_rooms.up,
    down: migration_20261204_202642_rooms.down,
    name: '20261204_202642_rooms',
  },
  {
    up: migration_20261204_222539_organisation_merge.up,
    down: migration_20261204_222539_organisation_merge.down,
    name: '20261204_222539_organisation_merge',
  },
  {
    up: migration_20261204_224238_accessibility_answers.up,
    down: migration_20261204_224238_accessibility_answers.down,
    name: '20261204_224238_accessibility_answers'
  },
];
