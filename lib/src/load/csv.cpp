// SPDX-License-Identifier: Apache-2.0
#include "journey/csv.hpp"

#include "../yaml/encoding.hpp"
#include "journey/messages.hpp"

namespace journey::csv {

namespace {

std::string hex_byte(unsigned char c) {
  const char* digits = "0123456789abcdef";
  return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

}  // namespace

class Reader::Parser {
 public:
  Parser(const SourceText& source, const Options& options)
      : source_(source), text_(source.text()), options_(options) {}

  bool next(Record& record) {
    if (!started_) {
      started_ = true;
      if (!check_text() || !detect_separator()) return false;
    }
    while (pos_ < text_.size() && !stopped_) {
      record.cells.clear();  // keeps its capacity: one allocation for a file's rows
      record.fields = 0;
      record.line = 0;
      std::size_t start = pos_;
      bool bad = !read_record(record);
      if (blank(record)) continue;
      if (bad || !fits_header(record, start)) continue;
      if (header_fields_ == 0) {
        header_fields_ = record.cells.size();
        return true;
      }
      if (++records_ > options_.max_records) {
        problem(start, start + 1,
                translate("more than %1$s rows; journey reads the first and refuses the rest: "
                          "split the file",
                          options_.max_records));
        stopped_ = true;
        return false;
      }
      return true;
    }
    return false;
  }

  char separator() const { return separator_; }
  const std::vector<Problem>& problems() const { return problems_; }
  bool stopped() const { return stopped_; }

 private:
  SourceSpan span(std::size_t from, std::size_t to) {
    SourceSpan s;
    position(from, s.line, s.column);
    position(to, s.end_line, s.end_column);
    return s;
  }

  // The position of an offset: on the ASCII start of the record's line, counted from the line's
  // start (a file of millions of rows would otherwise look each cell up); else SourceText's.
  void position(std::size_t offset, int& line, int& column) {
    while (plain_end_ < offset && plain_end_ < text_.size() &&
           static_cast<unsigned char>(text_[plain_end_]) < 0x80 && text_[plain_end_] != '\n') {
      ++plain_end_;
    }
    if (line_ > 0 && offset >= line_start_ && offset <= plain_end_) {
      line = line_;
      column = static_cast<int>(offset - line_start_) + 1;
      return;
    }
    source_.position_of(offset, line, column);
  }

  void problem(std::size_t from, std::size_t to, std::string message) {
    if (stopped_) return;
    if (problems_.size() == options_.max_problems) {
      problems_.push_back(
          {span(from, to), translate("more than %1$s problems; the rest of the file is not read",
                                     options_.max_problems)});
      stopped_ = true;
      return;
    }
    problems_.push_back({span(from, to), std::move(message)});
  }

  void fatal(std::size_t from, std::size_t to, std::string message) {
    problem(from, to, std::move(message));
    stopped_ = true;
  }

  // Text only: no control characters but tab and line breaks, valid UTF-8.
  bool check_text() {
    for (std::size_t i = 0; i < text_.size(); ++i) {
      auto c = static_cast<unsigned char>(text_[i]);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        fatal(i, i + 1,
              translate("this is a binary file, not CSV text (byte %1$s); export the data as CSV",
                        hex_byte(c)));
        return false;
      }
    }
    yaml::EncodingProblem bad = yaml::check_encoding(text_);
    if (bad.message.empty()) return true;
    fatal(bad.offset, bad.offset + 1,
          translate("invalid UTF-8 (byte %1$s); save the file as UTF-8 (Excel: 'CSV UTF-8')",
                    hex_byte(static_cast<unsigned char>(text_[bad.offset]))));
    return false;
  }

  // The separator is the one of ',' and ';' that the header line holds more often outside quotes
  // (',' when neither or as often). A header with tabs and neither is tab-separated: refused.
  bool detect_separator() {
    std::size_t commas = 0, semicolons = 0, first_tab = std::string::npos;
    bool quoted = false;
    std::size_t i = text_.find_first_not_of("\r\n");  // blank lines before the header
    for (; i < text_.size(); ++i) {
      char c = text_[i];
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      if (c == '\n') break;
      commas += c == ',';
      semicolons += c == ';';
      if (c == '\t' && first_tab == std::string::npos) first_tab = i;
    }
    separator_ = semicolons > commas ? ';' : ',';
    if (commas + semicolons == 0 && first_tab != std::string::npos) {
      fatal(first_tab, first_tab + 1,
            tr("tab-separated values are not read: export the data as CSV, separated by ',' or "
               "';'"));
      return false;
    }
    return true;
  }

  bool at_line_end() const {
    return pos_ == text_.size() || text_[pos_] == '\n' ||
           (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
  }

  // Reads one record up to and including its line break. False when it has a problem.
  bool read_record(Record& record) {
    int column = 0;
    source_.position_of(pos_, record.line, column);
    line_ = column == 1 ? record.line : 0;  // a record starts a line, unless a file is odd
    line_start_ = plain_end_ = pos_;
    // Fields past the header's are counted, not kept: one row of a million commas stays cheap.
    std::size_t keep = header_fields_ == 0 ? options_.max_fields + 1 : header_fields_;
    bool ok = true;
    for (;;) {
      Cell cell;
      std::size_t start = pos_;
      ok = (pos_ < text_.size() && text_[pos_] == '"' ? read_quoted(cell) : read_plain(cell)) && ok;
      if (record.fields++ < keep) {
        cell.span = span(start, pos_);
        record.cells.push_back(std::move(cell));
      }
      if (stopped_) return false;
      if (pos_ < text_.size() && text_[pos_] == separator_) {
        ++pos_;
        continue;
      }
      if (!at_line_end()) {
        problem(pos_, pos_ + 1,
                tr("text after the closing quote: a quote inside a quoted field is written twice "
                   "(\"\")"));
        skip_line();
        return false;
      }
      skip_line();
      return ok;
    }
  }

  void skip_line() {
    std::size_t end = text_.find('\n', pos_);
    pos_ = end == std::string::npos ? text_.size() : end + 1;
  }

  bool read_plain(Cell& cell) {
    std::size_t start = pos_;
    bool ok = true;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == separator_ || c == '\n') break;
      if (c == '\r') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') break;
        problem(pos_, pos_ + 1,
                tr("a carriage return without a line feed: save the file with Windows (CRLF) or "
                   "Unix (LF) line ends"));
        ok = false;
      } else if (c == '"' && ok) {
        problem(pos_, pos_ + 1,
                tr("a quote inside an unquoted field: quote the whole field (\"...\") and write "
                   "each quote in it twice (\"\")"));
        ok = false;
      }
      ++pos_;
    }
    cell.text = text_.substr(start, pos_ - start);
    return ok;
  }

  bool read_quoted(Cell& cell) {
    std::size_t open = pos_++;
    cell.quoted = true;
    for (;;) {
      std::size_t quote = text_.find('"', pos_);
      if (quote == std::string::npos) {
        fatal(open, open + 1,
              tr("this quote never closes: the rest of the file would be one field; close it "
                 "with '\"' and write quotes inside it twice (\"\")"));
        pos_ = text_.size();
        return false;
      }
      cell.text.append(text_, pos_, quote - pos_);
      pos_ = quote + 1;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        cell.text += '"';
        ++pos_;
        continue;
      }
      return true;
    }
  }

  static bool blank(const Record& record) {
    if (record.fields != record.cells.size()) return false;
    for (const Cell& c : record.cells) {
      if (c.quoted || !c.text.empty()) return false;
    }
    return true;
  }

  bool fits_header(const Record& record, std::size_t start) {
    std::size_t end = pos_ > start && text_[pos_ - 1] == '\n' ? pos_ - 1 : pos_;
    if (header_fields_ == 0) {
      if (record.fields <= options_.max_fields) return true;
      fatal(start, end,
            translate("the header has more than %1$s columns; this is no data file journey reads",
                      options_.max_fields));
      return false;
    }
    std::size_t want = header_fields_;
    if (record.fields == want) return true;
    std::string message = translate_n("this row has %1$s field, the header %2$s",
                                      "this row has %1$s fields, the header %2$s", record.fields,
                                      record.fields, want);
    if (record.fields > want && separator_ == ',') {
      message += tr("; a ',' inside a value needs quotes (\"1,5\")");
    }
    problem(start, end, std::move(message));
    return false;
  }

  const SourceText& source_;
  const std::string& text_;
  Options options_;
  char separator_ = ',';
  std::vector<Problem> problems_;
  bool stopped_ = false;
  bool started_ = false;
  std::size_t header_fields_ = 0;  // 0 until the header is read
  std::size_t records_ = 0;        // after the header
  std::size_t pos_ = 0;
  // The record's line (0: unknown), where it starts, and how far from there it is ASCII.
  int line_ = 0;
  std::size_t line_start_ = 0, plain_end_ = 0;
};

Reader::Reader(const SourceText& source, const Options& options)
    : parser_(std::make_unique<Parser>(source, options)) {}
Reader::~Reader() = default;
bool Reader::next(Record& record) {
  return parser_->next(record);
}
char Reader::separator() const {
  return parser_->separator();
}
const std::vector<Problem>& Reader::problems() const {
  return parser_->problems();
}
bool Reader::stopped() const {
  return parser_->stopped();
}

Table parse(const SourceText& source, const Options& options) {
  Reader reader(source, options);
  Table table;
  Record record;
  while (reader.next(record)) table.records.push_back(std::move(record));
  table.separator = reader.separator();
  table.problems = reader.problems();
  table.stopped = reader.stopped();
  return table;
}

}  // namespace journey::csv
