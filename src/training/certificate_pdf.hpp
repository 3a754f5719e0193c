// The certificate of a completed course as a PDF (docs/training.md): a pure
// function of its content and two TrueType fonts (DejaVu Sans, embedded, so
// Vietnamese prints on any reader). Rendered with libharu.
#pragma once

#include <string>

#include "util/result.hpp"

namespace frontline::training {

struct CertificateContent {
  std::string code;  // FL-XXXX-XXXX
  std::string holder_name;
  std::string holder_rank_vi;  // label, may be empty
  std::string unit_name;
  std::string course_code;
  std::string course_title_vi;
  std::string course_title_en;
  std::string start_date;  // YYYY-MM-DD
  std::string end_date;
  std::string issued_on;    // YYYY-MM-DD (Vietnam time)
  std::string verify_path;  // "/api/v1/certificates/FL-XXXX-XXXX"
  bool revoked = false;     // printed across the page
};

struct CertificateFonts {
  std::string regular;
  std::string bold;
};

// /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf and DejaVuSans-Bold.ttf
// (Debian's fonts-dejavu-core).
CertificateFonts default_certificate_fonts();

// The PDF bytes. Unavailable naming the file when a font is missing or
// unreadable; Internal for any other libharu failure.
Result<std::string> render_certificate_pdf(const CertificateContent& content, const CertificateFonts& fonts);

}  // namespace frontline::training
