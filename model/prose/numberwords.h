#pragma once

#include <QStringView>

#include <optional>

// Numbers as reports write them: "9", "nine", "ninth", "9th", "twenty-three", "23rd", "a" (as in
// "a minute later").
namespace NumberWords {
std::optional<int> cardinal(QStringView word);
std::optional<int> ordinal(QStringView word);
// Either form.
std::optional<int> value(QStringView word);
// The regular-expression alternation that matches any number word or digit form, for building
// the time and score patterns.
const QString &pattern();
// Only the ordinal forms: "4th", "fourth", "twenty-first".
const QString &ordinalPattern();
} // namespace NumberWords
