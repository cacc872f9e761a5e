// CSV as RFC 4180 writes it, with positions: the data files of journeys (`data:`) are read with it.
// Quoted fields may hold separators, doubled quotes ("") and line breaks; records end with CRLF or
// LF; a leading UTF-8 byte-order mark is skipped (SourceText drops it). The separator is ',' or
// ';' (spreadsheets in Dutch and other locales write ';'), detected from the header line. Anything
// else is refused with a position: binary data, invalid UTF-8, tab-separated text, a quote inside
// an unquoted field, text after a closing quote, a quote that never closes, a record with more or
// fewer fields than the header.
#pragma once

#include <string>
#include <vector>

#include "journey/source.hpp"

namespace journey::csv {

struct Cell {
  std::string text;  // the value: quotes removed, doubled quotes undone
  SourceSpan span;   // the field as written, quotes included
  bool quoted = false;
};

struct Record {
  std::vector<Cell> cells;  // at most as many as the header has (the header: max_fields)
  std::size_t fields = 0;   // the fields the record has, kept or not
  int line = 0;             // the line the record starts on
};

struct Problem {
  SourceSpan span;
  std::string message;
};

struct Options {
  std::size_t max_records = 100'000;  // data records after the header; the rest is not read
  std::size_t max_fields = 1'000;     // fields of the header
  std::size_t max_problems = 1'000;   // then one more says the rest is not reported
};

struct Table {
  char separator = ',';
  // The header first. Blank records (an empty line, or only separators as spreadsheets write
  // empty rows) and records with a problem are left out.
  std::vector<Record> records;
  std::vector<Problem> problems;  // in file order
  bool stopped = false;           // reading stopped early (a fatal problem or a limit)
};

Table parse(const SourceText& source, const Options& options = {});

}  // namespace journey::csv
