"""The schema every lexicon file must meet: required and allowed keys, and their types.

A key's type is one of: "str", "int", "bool", "list" (list of strings),
"numbers" (table of word -> number), "strings" (table of word -> string),
"groups" (table of key -> list of strings). Sections not listed here are refused, so a typo
in a lexicon fails loudly instead of silently matching nothing.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.textnorm import normalize_word

# The time engine's keys (factcheck/extract/dates.py).
TIME_KEYS: dict[str, tuple[str, bool]] = {
    "conjunctions": ("list", False),
    "day_lead": ("list", False),
    "relative_blockers_before": ("list", False),
    "relative_blockers_after": ("list", False),
    "relative_day_nouns": ("list", False),
    "relative_rate_leads": ("list", False),
    "month_pair_lead": ("list", False),
    "relative_credit_marks": ("list", False),
    "future_words": ("list", False),
    "future_phrases": ("list", False),
    "future_prefixes": ("list", False),
    "future_prefix_exceptions": ("list", False),
    "future_skip": ("list", False),
    "vague_lead": ("list", False),
    "vague_blockers_before": ("list", False),
    "vague_links_after": ("list", False),
    "narrative_vague": ("list", False),
    "vague_adjectives": ("list", False),
    "vague_adjective_past_leads": ("list", False),
    "vague_adjective_blockers_after": ("list", False),
    "offset_blockers_after": ("list", False),
    "offset_fillers_after": ("list", False),
    "one_words": ("list", False),
    "vague_counts": ("list", False),
    "weekday_date_links": ("list", False),
    "date_links": ("list", False),
    "month_lead": ("list", False),
    "month_cues": ("list", True),
    "bare_month_needs_cue": ("bool", True),
    "months_need_cue": ("list", False),
    "clause_links": ("list", False),
    "months_capital_inside": ("list", False),
    "months_capitalized": ("bool", True),
    "months_any_case": ("list", False),
    "year_lead": ("list", True),
    "year_pair_lead": ("list", False),
    "year_cues": ("list", True),
    "year_cue_phrases": ("list", False),
    "compared_count_times": ("list", False),
    "year_suffixes": ("list", False),
    "spoken_year_centuries": ("list", False),
    "attach_before": ("list", False),
    "attach_after": ("list", False),
    "weekdays": ("groups", True),
    "relative_days": ("numbers", True),
    "vague": ("groups", True),
    "offset_before": ("groups", True),
    "offset_after": ("groups", True),
    "units": ("groups", True),
    "units_one": ("groups", False),
    "units_two": ("groups", False),
    "vague_units": ("list", False),
    "calendar_units": ("groups", True),
    "modifiers_before": ("groups", True),
    "modifiers_after": ("groups", True),
    "months": ("groups", True),
    "month_abbreviations": ("groups", False),
    "ordinal_lead": ("list", False),
    "ordinal_day_blockers": ("list", False),
    "year_era_marks": ("list", False),
    "ordinal_days": ("numbers", False),
    "range_lead": ("list", False),
    "day_pair_lead": ("list", False),
    "habitual": ("list", False),
    "range_links": ("list", False),
    "range_links_need_lead": ("list", False),
    "month_range_links_bare": ("list", False),
    "hijri_markers": ("list", False),
    "hijri_months_ambiguous": ("list", False),
    "hijri_months": ("groups", False),
    "set_lead": ("list", False),
    "sets": ("groups", False),
    "window_before": ("groups", False),
    "window_after": ("groups", False),
    "anchored": ("table", False),
    "anchor_after": ("groups", False),
    "anchor_blockers_after": ("list", False),
    "anchor_prepositions": ("list", False),
    "anchor_clause_openers": ("list", False),
    "anchor_adverb_followers": ("list", False),
    "gerund_suffix": ("str", False),
    "period_parts": ("groups", False),
    "definite_words": ("list", False),
    "day_parts": ("groups", False),
    "seasons": ("groups", False),
    "weekend": ("list", False),
    "weekend_date_links": ("list", False),
    "week_of": ("list", False),
    "length_along": ("list", False),
    "clock_lead": ("list", False),
    "count_additions": ("list", False),
    "unit_kinds": ("list", False),
    "approximators": ("list", False),
    "window_quarters": ("list", False),
    "indefinite_days": ("list", False),
    "modal_days": ("list", False),
    "month_noun_blockers": ("list", False),
    "weekday_from": ("numbers", False),
    "weekday_week_links": ("list", False),
    "window_quarters_two": ("list", False),
    "count_phrases": ("numbers", False),
    "half_after": ("list", False),
    "year_back_before": ("list", False),
    "holidays": ("strings", False),
    "clock_am": ("list", False),
    "clock_pm": ("list", False),
    "clock_zones": ("list", False),
    "clock_words": ("strings", False),
    "clock_hours": ("numbers", False),
    "clock_minutes": ("numbers", False),
    "clock_day_links": ("list", False),
    "clock_markers_need_lead": ("list", False),
    "weekend_days": ("list", False),
    "quarter_words": ("list", False),
    "half_words": ("list", False),
    "part_words_need_year": ("list", False),
    "last_part_before": ("list", False),
    "last_part_after": ("list", False),
    "months_to_links": ("list", False),
    "comparison_leads": ("list", False),
    "compared_base_leads": ("list", False),
    "part_noun_leads": ("list", False),
    "part_noun_clitics": ("list", False),
    "compared_base_preps": ("list", False),
    "same_period_months": ("list", False),
    "same_period_days": ("list", False),
    "so_far": ("list", False),
    "so_far_links": ("list", False),
    "bare_window_leads": ("list", False),
    "ahead_only_leads": ("list", False),
    "ahead_words": ("list", False),
    "ahead_noun_forms": ("list", False),
    "ahead_copulas": ("list", False),
    "stretch_years": ("bool", False),
    "tally_to": ("list", False),
    "run_after": ("list", False),
    "run_before": ("list", False),
    "until_now": ("list", False),
    "since_fillers": ("list", False),
    "night_links": ("list", False),
    "night_of": ("list", False),
    "plural_after_count": ("bool", False),
    "quarter_abbreviations": ("list", False),
    "half_abbreviations": ("list", False),
    "decade_suffixes": ("list", False),
    "decades": ("numbers", False),
    "century_words": ("list", False),
    "bare_years": ("bool", False),
    "counts_separated": ("bool", False),
    "counted_people": ("list", False),
    "day_pair_links": ("list", False),
    "future_leads": ("list", False),
    "deferral_verbs": ("list", False),
    "deferral_links": ("list", False),
    "plan_overtaken": ("list", False),
    "participle_leads": ("list", False),
    "degree_adverbs": ("list", False),
    "attributive_leads": ("list", False),
    "past_words": ("list", False),
    "past_suffixes": ("list", False),
    "past_suffix_exceptions": ("list", False),
    "past_verb_patterns": ("list", False),
    "future_reach": ("int", False),
    "clause_reach": ("int", False),
    "clause_future_words": ("list", False),
    "clause_verbs": ("list", False),
    "plan_adjectives": ("list", False),
    "plan_complements": ("list", False),
    "memory_verbs": ("list", False),
    "record_words": ("list", False),
    "record_endings": ("list", False),
    "duration_blockers_after": ("list", False),
    "dateline_markers": ("list", False),
    "since_lead": ("list", False),
    "period_end_links": ("list", False),
    "period_words": ("list", False),
    "fiscal_words": ("list", False),
    "budget_words": ("list", False),
    "fiscal_anchored": ("list", False),
    "publication_anchored": ("list", False),
    "unit_end": ("list", False),
    "fronted_future_words": ("list", False),
    "length_lead": ("list", False),
    "length_suffixes": ("list", False),
    "season_lead": ("list", False),
    "seasons_need_modifier": ("list", False),
    "season_heads_after": ("list", False),
    "day_list_links": ("list", False),
    "law_names": ("list", False),
    "calendar_equivalents": ("list", False),
    "attach_after_now": ("list", False),
    "attach_before_now": ("list", False),
    "same_period": ("list", False),
    "same_period_links": ("list", False),
}

# section -> key -> (type, required)
SCHEMA: dict[str, dict[str, tuple[str, bool]]] = {
    "meta": {
        "code": ("str", True),
        "name": ("str", True),
        "script": ("str", True),
        "clitics": ("list", False),
        "articles": ("list", False),
        "merged_articles": ("list", False),
        "thousands_separators": ("list", True),
        "decimal_marks": ("list", True),
        "dot_groups_thousands": ("bool", False),
        "space_groups_thousands": ("bool", False),
        "lakh_grouping": ("bool", False),
        "decimal_letters": ("list", False),
        "unit_lookahead": ("int", True),
        "day_first": ("bool", False),
        "week_starts": ("str", False),
        "weekday_week_starts": ("str", False),
    },
    "numbers": {
        "cardinals": ("numbers", True),
        "multipliers": ("numbers", True),
        "scales": ("numbers", True),
        "dual_scales": ("numbers", False),
        "attached_scales": ("numbers", False),
        "scales_need_figure": ("list", False),
        "ratio_links": ("list", False),
        "place_time_links": ("list", False),
        "superlative_words": ("list", False),
        "distributive": ("list", False),
        "fractions": ("numbers", False),
        "denominators": ("numbers", False),
        "shares": ("groups", False),
        "share_values": ("numbers", False),
        "vague": ("numbers", True),
        "joiners": ("list", True),
        "prefix_joiners": ("list", False),
        "weak": ("list", False),
        "ordinal_suffixes": ("list", False),
        "negative": ("list", False),
        "indefinite": ("list", False),
        "accusative_scales": ("list", False),
        "clitics_not_on_words": ("list", False),
        "vague_ceilings": ("numbers", False),
        "vague_verbs": ("list", False),
        "age_after": ("list", False),
        "age_before": ("list", False),
        "clock_after": ("list", False),
        "clock_before": ("list", False),
        "rank_before": ("list", False),
        "ordinal_units": ("list", False),
        "ordinal_tens": ("list", False),
        "rate_per": ("list", False),
        "names_capitalized": ("bool", False),
        "name_joiners": ("list", False),
        "day_words": ("list", False),
        "number_signs": ("list", False),
        "sentence_indefinite": ("list", False),
        "one_after_noun": ("list", False),
        "age_brackets": ("list", False),
        "threshold_before": ("list", False),
        "series_nouns": ("list", False),
        "age_links": ("list", False),
        "age_words": ("list", False),
        "numbered_names": ("list", False),
        "age_fillers": ("list", False),
        "aged_keys": ("list", False),
    },
    "qualifiers": {
        "before": ("groups", True),
        "after": ("groups", False),
        "verbs": ("groups", False),
        "range_open": ("list", True),
        "range_close": ("list", True),
        "range_from": ("list", False),
        "range_to": ("list", True),
        "verb_reach": ("int", False),
        "aside_reach": ("int", False),
        "particle_verbs": ("list", False),
        "threshold_nouns": ("list", False),
        "negations": ("list", False),
    },
    "units": {
        "nouns": ("groups", True),
        "symbols_before": ("strings", False),
        "glued_symbols_before": ("strings", False),
        "symbols_after": ("strings", False),
        "measures_before": ("groups", False),
        "measures_after": ("groups", False),
        "measured_keys": ("list", False),
        "links": ("list", False),
        "case_endings": ("list", False),
        "accusative_from": ("int", False),
        "unmarked_accusatives": ("list", False),
        "possessive_suffixes": ("list", False),
        "predicate_fillers": ("list", False),
        "predicate_filler_phrases": ("list", False),
        "plural_suffixes": ("list", False),
        "dual_suffixes": ("list", False),
        "feminine_endings": ("list", False),
        "feminine_dual_suffixes": ("list", False),
        "construct_dual_suffixes": ("list", False),
        "nominative_dual_suffixes": ("list", False),
        "paired_dual_suffixes": ("list", False),
        "sound_plural_suffixes": ("list", False),
        "duration_keys": ("list", False),
        "lookahead_stops": ("list", False),
        "link_articles": ("list", False),
        "party_nouns": ("list", False),
        "anaphors": ("list", False),
        "events": ("groups", False),
        "event_objects": ("groups", False),
        "loss_objects": ("groups", False),
        "event_sequels": ("groups", False),
        "loss_verbs": ("list", False),
        "event_phrases": ("groups", False),
        "event_phrase_links": ("list", False),
        "head_determiners": ("list", False),
        "head_clause_breaks": ("list", False),
        "head_relatives": ("list", False),
        "link_possessives": ("list", False),
        "gapped_nouns": ("list", False),
        "change_links": ("list", False),
        "compound_heads_last": ("bool", False),
        "general_heads": ("list", False),
        "predicate_copulas": ("list", False),
        "predicate_noun_fillers": ("list", False),
        "recipient_links": ("list", False),
        "event_reach": ("int", False),
        "event_clause_reach": ("int", False),
        "clause_event_verbs": ("list", False),
        "event_clause_keys": ("list", False),
        "generic_keys": ("list", False),
        "count_heads": ("list", False),
        "count_head_links": ("list", False),
        "link_adjectives": ("list", False),
        "total_nouns": ("list", False),
        "own_verbs": ("list", False),
        "partitive_openers": ("list", False),
        "partitive_determiners": ("list", False),
        "partitive_anaphors": ("list", False),
        "total_modifiers": ("list", False),
        "classifier_keys": ("list", False),
        "adjective_nouns": ("list", False),
        "comparison_fillers": ("list", False),
        "construct_head_first": ("bool", False),
        "participles": ("list", False),
        "speeds": ("strings", False),
        "squares": ("strings", False),
        "cubes": ("strings", False),
        "per_hour": ("list", False),
        "event_stops": ("list", False),
        "event_auxiliaries": ("list", False),
        "sense_shifts": ("strings", False),
        "decimal_measures": ("strings", False),
        "particle_homographs": ("list", False),
        "sense_cues": ("list", False),
        "cued_senses": ("groups", False),
        "cued_sense_of": ("groups", False),
        "score_words": ("groups", False),
        "score_key": ("str", False),
        "predicate_links": ("list", False),
        "subject_prepositions": ("list", False),
        "prepositions": ("list", False),
        "collective_people_nouns": ("list", False),
        "adjective_endings": ("list", False),
        "subject_stops": ("list", False),
        "subject_asides": ("list", False),
        "infinitive_marks": ("list", False),
        "raising_verbs": ("list", False),
        "comparisons": ("list", False),
        "anaphor_fillers": ("list", False),
        "gapping_conjunctions": ("list", False),
        "versus": ("list", False),
        "causative_verbs": ("list", False),
        "causative_links": ("list", False),
        "local_forms": ("list", False),
        "currency_families": ("strings", False),
        "singular_endings": ("strings", False),
        "irregular_plurals": ("strings", False),
        "not_plural_endings": ("list", False),
        "verb_endings": ("list", False),
        "not_open_nouns": ("list", False),
        "preposition_clitics": ("list", False),
        "combined_keys": ("groups", False),
        "combined_links": ("list", False),
        "invariant_nouns": ("list", False),
        "measure_keys": ("list", False),
        "verb_homographs": ("list", False),
        "population_nouns": ("list", False),
        "people_keys": ("list", False),
        "rate_nouns": ("list", False),
        "rate_change_links": ("list", False),
        "not_rate_modifiers": ("list", False),
        "restatements": ("list", False),
        "key_classes": ("groups", False),
        "participle_heads": ("list", False),
        "relative_pronouns": ("list", False),
        "addition_words": ("list", False),
        "distribution_links": ("list", False),
        "modifier_joiners": ("list", False),
        "afflicted_keys": ("list", False),
        "addition_openers": ("list", False),
        "compound_adjective_ends": ("list", False),
        "tallies": ("numbers", False),
        "tally_links": ("list", False),
    },
    "claims": {
        "subject_after_verb": ("bool", True),
        "speech_verbs": ("list", True),
        "source_markers": ("list", True),
        "subject_stops": ("list", True),
        "max_subject_words": ("int", True),
        "titles": ("list", False),
        "subject_stop_prefixes": ("list", False),
        "name_after_definite_title": ("bool", False),
        "complementizers": ("list", False),
        "subject_skips": ("list", False),
        "time_leads": ("list", False),
        "passive_auxiliaries": ("list", False),
        "relative_pronouns": ("list", False),
        "determiners": ("list", False),
        "report_nouns": ("list", False),
        "report_links": ("list", False),
        "post_leads": ("list", False),
        "organisation_heads": ("list", False),
        "place_links": ("list", False),
        "name_joiners": ("list", False),
        "speaker_nouns": ("list", False),
        "quantity_heads": ("list", False),
        "explaining_verbs": ("list", False),
        "free_relatives": ("list", False),
        "auxiliaries": ("list", False),
        "change_nouns": ("list", False),
        "sector_nouns": ("list", False),
        "addressee_nouns": ("list", False),
        "sameness_words": ("list", False),
        "name_coordinators": ("list", False),
        "noun_prepositions": ("list", False),
        "marker_relatives": ("list", False),
        "marker_resumptives": ("list", False),
        "demonstratives": ("list", False),
        "noun_like_verbs": ("list", False),
        "agent_links": ("list", False),
        "same_source": ("list", False),
        "weak_speech_verbs": ("list", False),
        "person_speech_verbs": ("list", False),
        "opening_common_words": ("list", False),
        "given_names": ("list", False),
        "names_folded_as_stops": ("list", False),
        "value_verbs": ("list", False),
        "singular_possessive_suffixes": ("list", False),
        "relay_markers": ("list", False),
        "marker_verbs": ("list", False),
        "issuing_verbs": ("list", False),
        "person_affiliation_links": ("list", False),
        "attributive_links": ("list", False),
        "result_verbs": ("list", False),
        "result_verb_links": ("list", False),
        "report_verbs": ("list", False),
        "presenting_verbs": ("list", False),
        "headline_verbs": ("list", False),
        "relay_words": ("list", False),
        "outlet_heads": ("list", False),
        "copulas": ("list", False),
        "link_prefixes": ("strings", False),
        "linked_markers": ("list", False),
        "clause_openers": ("list", False),
        "title_links": ("list", False),
        "verb_suffixes": ("list", False),
        "pronouns": ("groups", False),
        "headline_labels": ("list", False),
        "headline_events": ("list", False),
        "credit_markers": ("list", False),
        "wire_agencies": ("list", False),
        "hedges": ("list", False),
        "opinion_words": ("list", False),
        "feminine_speech_verbs": ("list", False),
        "masculine_speech_verbs": ("list", False),
        "feminine_endings": ("list", False),
        "continuation_openers": ("list", False),
        "list_leads": ("list", False),
        "governing_participles": ("list", False),
        "governed_links": ("list", False),
        "document_nouns": ("list", False),
        "impersonal_verbs": ("list", False),
        "affiliation_words": ("list", False),
        "role_separator": ("str", False),
        "named_report_leads": ("list", False),
        "seat_prefixes": ("list", False),
        "manner_nouns": ("list", False),
        "lineage_links": ("list", False),
        "rank_adjectives": ("list", False),
        "place_nouns": ("list", False),
        "honorifics": ("list", False),
        "nisba_endings": ("list", False),
        "clause_only_verbs": ("list", False),
        "complement_only_verbs": ("list", False),
        "object_masdars": ("list", False),
        "relay_verbs": ("list", False),
        "relay_prepositions": ("list", False),
        "unnamed_report_nouns": ("list", False),
        "participle_suffixes": ("list", False),
        "source_complements": ("list", False),
        "origin_links": ("list", False),
        "coordinators": ("list", False),
        "possessive_determiners": ("list", False),
        "clause_participle_suffixes": ("list", False),
        "speaker_adjectives": ("list", False),
        "report_adjectives": ("list", False),
        "report_adjective_endings": ("list", False),
        "forecast_nouns": ("list", False),
        "forecast_links": ("list", False),
        "forecast_comparisons": ("list", False),
        "life_verbs": ("list", False),
        "title_complement_links": ("list", False),
        "quoting_verbs": ("list", False),
        "quoting_links": ("list", False),
        "valuing_verbs": ("list", False),
        "release_participles": ("list", False),
        "receipt_participles": ("list", False),
        "valuing_links": ("list", False),
        "valued_nouns": ("list", False),
        "life_nouns": ("list", False),
        "plural_endings": ("list", False),
        "singular_endings": ("list", False),
    },
    "text": {
        "abbreviations": ("list", False),
        "sentence_openers": ("list", False),
    },
    "entities": {
        "places": ("groups", False),
        "place_adjectives": ("list", False),
        "people": ("groups", False),
        "organisations": ("groups", False),
        "fiscal_year_start": ("numbers", False),
        "local_currencies": ("strings", False),
    },
    "time": TIME_KEYS,
}

REQUIRED_SECTIONS = ("meta", "numbers", "qualifiers", "units", "claims", "time")


def _type_problem(value: Any, kind: str) -> str | None:
    checks = {
        "str": lambda v: isinstance(v, str),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "bool": lambda v: isinstance(v, bool),
        "list": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
        "numbers": lambda v: (
            isinstance(v, dict)
            and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v.values())
        ),
        "strings": lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
        "groups": lambda v: (
            isinstance(v, dict)
            and all(isinstance(x, list) and all(isinstance(w, str) for w in x) for x in v.values())
        ),
        "table": lambda v: isinstance(v, dict),
    }
    return None if checks[kind](value) else f"expected {kind}"


def validate(data: dict[str, Any]) -> list[str]:
    """Every problem with a parsed lexicon, as readable strings; empty when it is valid."""
    problems: list[str] = []
    for section in data:
        if section not in SCHEMA:
            problems.append(f"unknown section [{section}]")
    for section in REQUIRED_SECTIONS:
        if section not in data:
            problems.append(f"missing section [{section}]")
    for section, keys in SCHEMA.items():
        body = data.get(section)
        if body is None:
            continue
        if not isinstance(body, dict):
            problems.append(f"[{section}] must be a table")
            continue
        for key in body:
            if key not in keys:
                problems.append(f"unknown key {section}.{key}")
        for key, (kind, required) in keys.items():
            if key not in body:
                if required:
                    problems.append(f"missing key {section}.{key}")
                continue
            problem = _type_problem(body[key], kind)
            if problem:
                problems.append(f"{section}.{key}: {problem}")
    problems.extend(_fiscal_problems(data))
    problems.extend(_local_currency_problems(data))
    nouns = data.get("units", {}).get("nouns") if isinstance(data.get("units"), dict) else None
    if isinstance(nouns, dict) and _type_problem(nouns, "groups") is None:
        problems.extend(_noun_problems(nouns))
    return problems


def _fiscal_problems(data: dict[str, Any]) -> list[str]:
    """entities.fiscal_year_start: a month (1-12) for each place key the lexicon names."""
    entities = data.get("entities")
    if not isinstance(entities, dict) or not isinstance(entities.get("fiscal_year_start"), dict):
        return []
    places = entities.get("places") if isinstance(entities.get("places"), dict) else {}
    problems: list[str] = []
    for key, month in entities["fiscal_year_start"].items():
        if key not in places:
            problems.append(f"entities.fiscal_year_start.{key}: not a key of entities.places")
        if not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12:
            problems.append(f"entities.fiscal_year_start.{key}: expected a month 1-12")
    return problems


def _local_currency_problems(data: dict[str, Any]) -> list[str]:
    """entities.local_currencies: a place key of entities.places -> an ISO 4217 code that
    units.currency_families writes with a shared word or sign."""
    entities = data.get("entities")
    if not isinstance(entities, dict) or not isinstance(entities.get("local_currencies"), dict):
        return []
    places = entities.get("places") if isinstance(entities.get("places"), dict) else {}
    units = data.get("units") if isinstance(data.get("units"), dict) else {}
    families = units.get("currency_families") if isinstance(units.get("currency_families"), dict) else {}
    problems: list[str] = []
    for key, code in entities["local_currencies"].items():
        if key not in places:
            problems.append(f"entities.local_currencies.{key}: not a key of entities.places")
        if isinstance(data.get("units"), dict) and code not in families:
            problems.append(f"entities.local_currencies.{key}: {code} is not in units.currency_families")
    return problems


# A unit key is an ISO 4217 code (USD) or a lower-case English snake_case word (polling_station).
_UNIT_KEY = re.compile(r"[A-Z]{3}|[a-z][a-z0-9]*(_[a-z0-9]+)*")


def _noun_problems(nouns: dict[str, list[str]]) -> list[str]:
    """units.nouns: one key per concept, each form (as normalized) under one key only, and
    every key with at least one form (the first is the singular)."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    for key, forms in nouns.items():
        if not _UNIT_KEY.fullmatch(key):
            problems.append(f"units.nouns.{key}: a key is an ISO currency code or a snake_case word")
        if not forms:
            problems.append(f"units.nouns.{key}: no forms")
        for form in forms:
            norm = normalize_word(form)
            if norm in owner and owner[norm] != key:
                problems.append(f"units.nouns: {form!r} is under both {owner[norm]} and {key}")
            elif norm in owner:
                problems.append(f"units.nouns.{key}: {form!r} twice")
            owner[norm] = key
    return problems
