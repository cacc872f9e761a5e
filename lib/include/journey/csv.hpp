// SPDX-License-Identifier: Apache-2.0
// CSV as RFC 4180 writes it, with positions: the data files of journeys (`data:`) are read with it.
// Quoted fields may hold separators, doubled quotes ("") and line breaks; records end with CRLF or
// LF; a leading UTF-8 byte-order mark is skipped (SourceText drops it). The separator is ',' or
// ';' (spreadsheets in Dutch and other locales write ';'), detected from the header line. Anything
// else is refused with a position: binary data, invalid UTF-8, tab-separated text, a quote inside
// an unquoted field, text after a closing quote, a quote that never closes, a record with more or
// fewer fields than the header.
#pragma once

#include <memory>
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

// Records one at a time, so that memory follows the record, not the file: a 16 MiB file of
// 1,000-column rows is never held as a table of cells.
class Reader {
 public:
  // `source` must outlive the reader.
  explicit Reader(const SourceText& source, const Options& options = {});
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // The next record, the header first. Blank records (an empty line, or only separators as
  // spreadsheets write empty rows) and records with a problem are skipped. False at the end of
  // the file or once reading has stopped.
  bool next(Record& record);
  char separator() const;
  const std::vector<Problem>& problems() const;  // so far, in file order
  bool stopped() const;                          // a fatal problem or a limit ended reading

 private:
  class Parser;
  std::unique_ptr<Parser> parser_;
};

struct Table {
  char separator = ',';
  std::vector<Record> records;    // the header first; as Reader::next gives them
  std::vector<Problem> problems;  // in file order
  bool stopped = false;           // reading stopped early (a fatal problem or a limit)
};

// The whole file at once (for tests and small files).
Table parse(const SourceText& source, const Options& options = {});

}  // namespace journey::csv
