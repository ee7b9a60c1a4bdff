// positions-generate: writes a synthetic data folder (see synthetic.hpp).
#include <iostream>

#include "synthetic.hpp"

int main(int argc, char** argv) {
  return positions::synthetic::run_generate(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
