// SPDX-License-Identifier: Apache-2.0
// CSV as data files are read: RFC 4180 quoting, line ends, separators, and every way a file is
// refused, each with its position.
#include <catch2/catch.hpp>
#include <chrono>

#include "journey/csv.hpp"

using namespace journey;

namespace {

csv::Table parse(const std::string& text, csv::Options options = {}) {
  return csv::parse(SourceText("t.csv", text), options);
}

// The records as "a|b|c" lines, for short checks.
std::vector<std::string> rows(const csv::Table& t) {
  std::vector<std::string> out;
  for (const csv::Record& r : t.records) {
    std::string line;
    for (std::size_t i = 0; i < r.cells.size(); ++i) line += (i ? "|" : "") + r.cells[i].text;
    out.push_back(line);
  }
  return out;
}

std::string where(const csv::Problem& p) {
  return std::to_string(p.span.line) + ":" + std::to_string(p.span.column);
}

}  // namespace

TEST_CASE("plain CSV: fields, records and their positions", "[csv]") {
  csv::Table t = parse("touchpoint,metric,value\nad,views,120\nsite,visits,7\n");
  CHECK(t.problems.empty());
  CHECK(t.separator == ',');
  CHECK(rows(t) ==
        std::vector<std::string>{"touchpoint|metric|value", "ad|views|120", "site|visits|7"});
  const csv::Cell& views = t.records[1].cells[1];
  CHECK(views.span.line == 2);
  CHECK(views.span.column == 4);
  CHECK(views.span.end_column == 9);
  CHECK_FALSE(views.quoted);
  CHECK(t.records[2].line == 3);
}

TEST_CASE("quoted fields hold separators, doubled quotes and line breaks", "[csv]") {
  csv::Table t = parse(
      "a,b,c\n"
      "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
      "\"\",\"\"\"\",plain\n");
  REQUIRE(t.problems.empty());
  REQUIRE(t.records.size() == 3);
  CHECK(t.records[1].cells[0].text == "x,y");
  CHECK(t.records[1].cells[1].text == "say \"hi\"");
  CHECK(t.records[1].cells[2].text == "two\nlines");
  CHECK(t.records[1].cells[0].quoted);
  // The span covers the quotes, across the line break.
  const SourceSpan& two = t.records[1].cells[2].span;
  CHECK(two.line == 2);
  CHECK(two.end_line == 3);
  CHECK(two.end_column == 7);
  CHECK(t.records[2].line == 4);  // after a record that spans two lines
  CHECK(t.records[2].cells[0].text.empty());
  CHECK(t.records[2].cells[0].quoted);
  CHECK(t.records[2].cells[1].text == "\"");
}

TEST_CASE("CRLF and LF line ends, with or without a final one", "[csv]") {
  for (const char* text : {"a,b\r\n1,2\r\n", "a,b\r\n1,2", "a,b\n1,2", "a,b\n1,2\n"}) {
    INFO(text);
    csv::Table t = parse(text);
    CHECK(t.problems.empty());
    CHECK(rows(t) == std::vector<std::string>{"a|b", "1|2"});
  }
  // A quoted line break keeps its CRLF; a trailing empty field is a field.
  csv::Table t = parse("a,b\r\n\"1\r\n2\",\r\n");
  CHECK(t.problems.empty());
  REQUIRE(t.records.size() == 2);
  CHECK(t.records[1].cells[0].text == "1\r\n2");
  CHECK(t.records[1].cells[1].text.empty());
}

TEST_CASE("a byte-order mark does not move columns", "[csv]") {
  csv::Table t = parse("\xEF\xBB\xBFtouchpoint,metric\nad,views\n");
  CHECK(t.problems.empty());
  REQUIRE(t.records.size() == 2);
  CHECK(t.records[0].cells[0].text == "touchpoint");
  CHECK(t.records[0].cells[0].span.column == 1);
  CHECK(t.records[0].cells[1].span.column == 12);
}

TEST_CASE("the separator comes from the header line, a comma or a semicolon", "[csv]") {
  csv::Table dutch = parse("touchpoint;metric;value\nad;views;0,5\n");
  CHECK(dutch.separator == ';');
  CHECK(rows(dutch) == std::vector<std::string>{"touchpoint|metric|value", "ad|views|0,5"});
  // The one the header holds more often, outside quotes.
  CHECK(parse("\"a,b,c\";d;e\n1;2;3\n").separator == ';');
  CHECK(parse("a,b;c,d\n").separator == ',');
  CHECK(parse("single\nvalue\n").separator == ',');
  // Blank lines before the header are skipped.
  CHECK(parse("\n\r\na;b\n1;2\n").separator == ';');
}

TEST_CASE("blank lines and rows of separators only are left out", "[csv]") {
  csv::Table t = parse("a;b;c\n\n1;2;3\n;;\r\n4;5;6\n");
  CHECK(t.problems.empty());
  CHECK(rows(t) == std::vector<std::string>{"a|b|c", "1|2|3", "4|5|6"});
  // A quoted empty field is a value, so its row counts (and has too few fields here).
  csv::Table q = parse("a,b\n\"\"\n");
  REQUIRE(q.problems.size() == 1);
  CHECK(where(q.problems[0]) == "2:1");
}

TEST_CASE("a quote inside an unquoted field is refused at the quote", "[csv]") {
  csv::Table t = parse("a,b\n1,2\nab\"c,3\n4,5\n");
  REQUIRE(t.problems.size() == 1);
  CHECK(where(t.problems[0]) == "3:3");
  CHECK(t.problems[0].message.find("quote the whole field") != std::string::npos);
  CHECK(rows(t) == std::vector<std::string>{"a|b", "1|2", "4|5"});  // the bad row is left out
}

TEST_CASE("text after a closing quote is refused where it starts", "[csv]") {
  csv::Table t = parse("a,b\n\"x\"y,1\n\"z\" ,2\n3,4\n");
  REQUIRE(t.problems.size() == 2);
  CHECK(where(t.problems[0]) == "2:4");
  CHECK(where(t.problems[1]) == "3:4");
  CHECK(rows(t) == std::vector<std::string>{"a|b", "3|4"});
}

TEST_CASE("a quote that never closes stops reading at the quote", "[csv]") {
  csv::Table t = parse("a,b\n1,2\n3,\"four\n5,6\n7,8\n");
  REQUIRE(t.problems.size() == 1);
  CHECK(where(t.problems[0]) == "3:3");
  CHECK(t.problems[0].message.find("never closes") != std::string::npos);
  CHECK(t.stopped);
  CHECK(rows(t) == std::vector<std::string>{"a|b", "1|2"});
}

TEST_CASE("a record with more or fewer fields than the header is refused", "[csv]") {
  csv::Table t = parse("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
  REQUIRE(t.problems.size() == 2);
  CHECK(where(t.problems[0]) == "2:1");
  CHECK(t.problems[0].message.find("2 fields, the header 3") != std::string::npos);
  CHECK(where(t.problems[1]) == "3:1");
  CHECK(t.problems[1].message.find("needs quotes") != std::string::npos);
  CHECK(rows(t).size() == 2);
}

TEST_CASE("tab-separated text, binary data and invalid UTF-8 are refused with a position",
          "[csv]") {
  csv::Table tabs = parse("touchpoint\tmetric\tvalue\nad\tviews\t1\n");
  REQUIRE(tabs.problems.size() == 1);
  CHECK(where(tabs.problems[0]) == "1:11");
  CHECK(tabs.records.empty());
  // A tab inside a field of a CSV file is just text.
  CHECK(parse("a,b\nx\ty,1\n").problems.empty());

  csv::Table binary = parse(std::string("a,b\n1,2\n3,\0\x01", 11));
  REQUIRE(binary.problems.size() == 1);
  CHECK(where(binary.problems[0]) == "3:3");
  CHECK(binary.problems[0].message.find("binary") != std::string::npos);
  CHECK(binary.records.empty());

  csv::Table latin1 = parse("a,b\ncaf\xE9,1\n");
  REQUIRE(latin1.problems.size() == 1);
  CHECK(where(latin1.problems[0]) == "2:4");
  CHECK(latin1.problems[0].message.find("UTF-8") != std::string::npos);
}

TEST_CASE("columns count code points, and a lone carriage return is refused", "[csv]") {
  csv::Table t = parse("naam,waarde\nreünie,1\n");
  CHECK(t.records[1].cells[1].span.column == 8);
  csv::Table cr = parse("a,b\r1,2\n");
  REQUIRE_FALSE(cr.problems.empty());
  CHECK(where(cr.problems[0]) == "1:4");
}

TEST_CASE("rows and problems are bounded", "[csv]") {
  csv::Options options;
  options.max_records = 3;
  csv::Table t = parse("a\n1\n2\n3\n4\n5\n", options);
  CHECK(rows(t).size() == 4);  // the header and three rows
  REQUIRE(t.problems.size() == 1);
  CHECK(where(t.problems[0]) == "5:1");
  CHECK(t.stopped);

  options = {};
  options.max_problems = 5;
  std::string many = "a,b\n";
  for (int i = 0; i < 100; ++i) many += "x\"y,1\n";
  csv::Table bad = parse(many, options);
  CHECK(bad.problems.size() == 6);  // five, and one that says the rest is not read
  CHECK(bad.stopped);
}

TEST_CASE("hostile CSV is read in linear time", "[csv][hostile]") {
  auto start = std::chrono::steady_clock::now();
  std::string quote = "a,b\n\"" + std::string(8u << 20, 'x');  // 8 MiB in a quote never closed
  csv::Table t = parse(quote);
  REQUIRE(t.problems.size() == 1);
  CHECK(where(t.problems[0]) == "2:1");
  std::string wide = "a\n" + std::string(8u << 20, ',');  // 8 million separators in one row
  csv::Table w = parse(wide);
  CHECK(w.problems.size() == 1);  // too many fields, once
  std::string rows_of_quotes;
  for (int i = 0; i < 200'000; ++i) rows_of_quotes += "\"a\"\"b\",\"c\nd\"\n";
  csv::Table q = parse("x,y\n" + rows_of_quotes);
  CHECK(q.problems.size() == 1);  // past 100,000 rows
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 20);
}
