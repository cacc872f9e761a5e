#include "app.hpp"

int main(int argc, char** argv) {
  return journey::cli::run(argc, argv);
}
