"use strict";
/**
 * The contract of the extraction pipeline: text in, typed result out.
 * No I/O, no database, no HTTP. Everything downstream (ingest, storage, API)
 * depends only on these types, so another extractor (say, an HTTP NER service)
 * can be plugged in by implementing `Extractor`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RELATION_PREDICATES = exports.PARTICIPANT_ROLES = exports.DATE_PRECISIONS = exports.COUNT_QUALIFIERS = exports.MODALITIES = exports.FEATURE_TYPES = exports.PLOVER_TYPES = exports.ENTITY_TYPES = void 0;
exports.ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'GROUP', 'LOCATION'];
/** The 19 PLOVER event types. */
exports.PLOVER_TYPES = [
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE',
    'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE',
    'ASSAULT', 'FIGHT', 'CRIME',
];
exports.FEATURE_TYPES = [
    'CONTINENT', 'COUNTRY', 'REGION', 'CITY', 'WATER_BODY', 'FACILITY', 'GEO_REGION', 'OTHER',
];
exports.MODALITIES = ['ASSERTED', 'HYPOTHETICAL', 'NEGATED', 'FUTURE'];
exports.COUNT_QUALIFIERS = ['EXACT', 'ABOUT', 'OVER', 'AT_LEAST', 'UNDER'];
exports.DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'];
exports.PARTICIPANT_ROLES = ['ACTOR', 'TARGET', 'OTHER'];
exports.RELATION_PREDICATES = [
    'SUPPORTS', 'COOPERATES_WITH', 'OPPOSES', 'MEMBER_OF', 'PART_OF', 'LEADS', 'HOLDS_ROLE_IN',
    'SPOKESPERSON_FOR', 'LOCATED_IN',
];
