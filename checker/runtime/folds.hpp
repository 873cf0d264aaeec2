// Folds of a collection's values into one, shared by the aggregates with and
// without a binder (all(…), sum(…), min(…), max(…)), in three-valued logic.
#pragma once

#include "checker/model/value.hpp"

#include <cstdint>

namespace granska::checker {

// all(…): false as soon as one element is false; else unknown when one is
// not a known boolean; else true.
struct kleene_all {
    bool all = true;
    bool unknown = false;

    void add(const value& v);
    value result() const;
};

enum class fold_kind : std::uint8_t { sum, min, max };

// sum(…) of integers, min(…)/max(…) of integers or dates. An element that is
// unknown, of another kind, or (min/max) of a kind other than the first one's
// makes the result unknown.
struct value_fold {
    fold_kind kind;
    value best;
    bool unknown = false;

    explicit value_fold(fold_kind k);
    void add(const value& v);
    value result() const { return unknown ? value::missing() : best; }
};

} // namespace granska::checker
