// The granska/1 JSON Schema, embedded so the binary needs no data files.
// Must stay byte for byte equal to schema/granska-1.schema.json (a test
// checks it): after editing the schema, paste the whole file between the
// raw string delimiters below.
#include "checker/load/validate.hpp"

namespace granska::checker {

std::string_view granska_schema_text() {
    static constexpr std::string_view text = R"granska_schema({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://granska.se/schema/granska-1.schema.json",
  "title": "granska/1",
  "description": "One file of a granska case: a policy, an organisation or a plan (shared/spec/submission-format.md). Optional fields may be absent; those a rule reports when missing may also be null. Every object is closed (an unknown key is an error) except records, whose register names are free.",
  "type": "object",
  "required": ["format", "kind"],
  "properties": {
    "format": {"const": "granska/1"},
    "kind": {"enum": ["policy", "organisation", "plan"]}
  },
  "allOf": [
    {
      "if": {"required": ["kind"], "properties": {"kind": {"const": "policy"}}},
      "then": {"$ref": "#/$defs/policy"}
    },
    {
      "if": {"required": ["kind"], "properties": {"kind": {"const": "organisation"}}},
      "then": {"$ref": "#/$defs/organisation"}
    },
    {
      "if": {"required": ["kind"], "properties": {"kind": {"const": "plan"}}},
      "then": {"$ref": "#/$defs/plan"}
    }
  ],
  "$defs": {
    "id": {"type": "string", "minLength": 1},
    "text": {"type": "string"},
    "text_or_null": {"type": ["string", "null"]},
    "texts": {"type": "array", "items": {"$ref": "#/$defs/text"}},
    "date": {"type": "string", "format": "date"},
    "date_or_null": {"type": ["string", "null"], "format": "date"},
    "duration_or_null": {"type": ["string", "null"], "format": "duration"},
    "municipality": {
      "type": "object",
      "additionalProperties": false,
      "required": ["name", "code"],
      "properties": {
        "name": {"type": "string", "minLength": 1},
        "code": {"type": "string", "minLength": 4}
      }
    },
    "document_type": {
      "enum": ["policy", "program", "strategi", "riktlinje", "plan", "handlingsplan", "åtgärdsplan", "rutin"]
    },
    "policy": {
      "type": "object",
      "additionalProperties": false,
      "required": ["municipality", "id", "title"],
      "properties": {
        "format": {},
        "kind": {},
        "municipality": {"$ref": "#/$defs/municipality"},
        "id": {"$ref": "#/$defs/id"},
        "title": {"type": "string", "minLength": 1},
        "document_type": {"$ref": "#/$defs/document_type"},
        "registration_number": {"$ref": "#/$defs/text_or_null"},
        "adopted_by": {"$ref": "#/$defs/text_or_null"},
        "adopted_on": {"$ref": "#/$defs/date_or_null"},
        "minute_ref": {"$ref": "#/$defs/text_or_null"},
        "version": {"type": ["integer", "null"]},
        "revised_on": {"$ref": "#/$defs/date_or_null"},
        "valid_from": {"$ref": "#/$defs/date_or_null"},
        "valid_until": {"$ref": "#/$defs/date_or_null"},
        "revision_interval": {"$ref": "#/$defs/duration_or_null"},
        "follow_up_interval": {"$ref": "#/$defs/duration_or_null"},
        "owner": {"$ref": "#/$defs/text_or_null"},
        "follow_up_by": {"$ref": "#/$defs/text_or_null"},
        "previous_versions": {"$ref": "#/$defs/texts"},
        "applies_to": {"$ref": "#/$defs/texts"},
        "focus_areas": {"$ref": "#/$defs/texts"},
        "follow_ups": {"type": "array", "items": {"$ref": "#/$defs/policy_follow_up"}},
        "revisions": {"type": "array", "items": {"$ref": "#/$defs/revision"}},
        "derived_documents": {"type": "array", "items": {"$ref": "#/$defs/derived_document"}},
        "actions": {"type": "array", "items": {"$ref": "#/$defs/action"}}
      }
    },
    "policy_follow_up": {
      "type": "object",
      "additionalProperties": false,
      "required": ["date", "reported_to"],
      "properties": {
        "date": {"$ref": "#/$defs/date"},
        "reported_to": {"$ref": "#/$defs/text"},
        "minute_ref": {"$ref": "#/$defs/text_or_null"},
        "summary": {"$ref": "#/$defs/text_or_null"},
        "covers": {"$ref": "#/$defs/period"}
      }
    },
    "revision": {
      "type": "object",
      "additionalProperties": false,
      "required": ["date"],
      "properties": {
        "date": {"$ref": "#/$defs/date"},
        "version": {"type": ["integer", "null"]},
        "minute_ref": {"$ref": "#/$defs/text_or_null"},
        "adopted_by": {"$ref": "#/$defs/text_or_null"}
      }
    },
    "derived_document": {
      "type": "object",
      "additionalProperties": false,
      "required": ["document_type", "title"],
      "properties": {
        "document_type": {"$ref": "#/$defs/document_type"},
        "title": {"$ref": "#/$defs/text"},
        "adopted_by": {"$ref": "#/$defs/text_or_null"},
        "adopted_on": {"$ref": "#/$defs/date_or_null"}
      }
    },
    "organisation": {
      "type": "object",
      "additionalProperties": false,
      "required": ["municipality", "bodies"],
      "properties": {
        "format": {},
        "kind": {},
        "municipality": {"$ref": "#/$defs/municipality"},
        "bodies": {"type": "array", "items": {"$ref": "#/$defs/body"}}
      }
    },
    "body": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name", "kind"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "name": {"type": "string", "minLength": 1},
        "kind": {"enum": ["kommunfullmäktige", "kommunstyrelse", "nämnd", "utskott", "förvaltning", "bolag", "gemensam nämnd", "kommunalförbund", "beredning", "enhet"]},
        "wholly_owned": {"type": ["boolean", "null"]},
        "parent": {"$ref": "#/$defs/text_or_null"},
        "responsibilities": {"$ref": "#/$defs/texts"},
        "statutory": {"type": ["boolean", "null"]},
        "host": {"$ref": "#/$defs/text_or_null"},
        "owner": {"$ref": "#/$defs/text_or_null"}
      },
      "allOf": [
        {
          "if": {"required": ["kind"], "properties": {"kind": {"const": "enhet"}}},
          "then": {"required": ["parent"], "properties": {"parent": {"$ref": "#/$defs/id"}}}
        }
      ]
    },
    "plan": {
      "type": "object",
      "additionalProperties": false,
      "required": ["municipality", "id", "body", "document_type", "period"],
      "properties": {
        "format": {},
        "kind": {},
        "municipality": {"$ref": "#/$defs/municipality"},
        "id": {"$ref": "#/$defs/id"},
        "body": {"$ref": "#/$defs/id"},
        "document_type": {"enum": ["åtgärdsplan", "handlingsplan", "verksamhetsplan"]},
        "period": {"$ref": "#/$defs/period"},
        "adopted_by": {"$ref": "#/$defs/text_or_null"},
        "adopted_on": {"$ref": "#/$defs/date_or_null"},
        "goals": {"type": "array", "items": {"$ref": "#/$defs/goal"}},
        "actions": {"type": "array", "items": {"$ref": "#/$defs/action"}},
        "reports": {"type": "array", "items": {"$ref": "#/$defs/report"}},
        "follow_ups": {"type": "array", "items": {"$ref": "#/$defs/plan_follow_up"}},
        "records": {"$ref": "#/$defs/records"},
        "revisions": {"type": "array", "items": {"$ref": "#/$defs/revision"}}
      }
    },
    "period": {
      "type": "object",
      "additionalProperties": false,
      "required": ["from", "to"],
      "properties": {
        "from": {"$ref": "#/$defs/date"},
        "to": {"$ref": "#/$defs/date"}
      }
    },
    "goal": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "text"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "text": {"$ref": "#/$defs/text"},
        "derived_from": {"$ref": "#/$defs/text_or_null"},
        "focus_area": {"$ref": "#/$defs/text_or_null"},
        "indicators": {"$ref": "#/$defs/texts"},
        "serves": {"$ref": "#/$defs/texts"}
      }
    },
    "action": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "description", "status"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "description": {"$ref": "#/$defs/text"},
        "focus_area": {"$ref": "#/$defs/text_or_null"},
        "responsible": {"$ref": "#/$defs/text_or_null"},
        "starts_on": {"$ref": "#/$defs/date_or_null"},
        "deadline": {"$ref": "#/$defs/date_or_null"},
        "measure": {"$ref": "#/$defs/text_or_null"},
        "follow_up_interval": {"$ref": "#/$defs/duration_or_null"},
        "status": {"enum": ["planned", "ongoing", "done", "cancelled"]},
        "completed_on": {"$ref": "#/$defs/date_or_null"},
        "serves": {"$ref": "#/$defs/texts"}
      }
    },
    "report": {
      "type": "object",
      "additionalProperties": false,
      "required": ["date", "to"],
      "properties": {
        "date": {"$ref": "#/$defs/date"},
        "to": {"$ref": "#/$defs/text"},
        "summary": {"$ref": "#/$defs/text_or_null"},
        "covers": {"$ref": "#/$defs/period"}
      }
    },
    "plan_follow_up": {
      "type": "object",
      "additionalProperties": false,
      "required": ["date"],
      "properties": {
        "date": {"$ref": "#/$defs/date"},
        "reported_to": {"$ref": "#/$defs/text_or_null"},
        "summary": {"$ref": "#/$defs/text_or_null"},
        "covers": {"$ref": "#/$defs/period"}
      }
    },
    "records": {
      "description": "Anonymised operational records by register name; never personal identity numbers.",
      "type": "object",
      "properties": {
        "childcare_placements": {"type": "array", "items": {"$ref": "#/$defs/childcare_placement"}},
        "newly_arrived": {"type": "array", "items": {"$ref": "#/$defs/newly_arrived_person"}}
      },
      "additionalProperties": {"type": "array", "items": {"$ref": "#/$defs/record"}}
    },
    "record": {
      "description": "A record of a kind the format does not type: any fields, but an id is a text and a key that names a date (date, *_on) holds a date or null.",
      "type": "object",
      "properties": {
        "id": {"$ref": "#/$defs/id"}
      },
      "patternProperties": {
        "^date$|_on$": {"$ref": "#/$defs/date_or_null"}
      }
    },
    "childcare_placement": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "applied_on": {"$ref": "#/$defs/date"},
        "placed_on": {"$ref": "#/$defs/date_or_null"},
        "requested_on": {"$ref": "#/$defs/date"},
        "wanted_from": {"$ref": "#/$defs/date_or_null"},
        "offered_on": {"$ref": "#/$defs/date_or_null"}
      }
    },
    "newly_arrived_person": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "arrived_on"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "arrived_on": {"$ref": "#/$defs/date"},
        "swedish_offered_on": {"$ref": "#/$defs/date_or_null"},
        "civic_information_on": {"$ref": "#/$defs/date_or_null"}
      }
    }
  }
}
)granska_schema";
    return text;
}

} // namespace granska::checker
