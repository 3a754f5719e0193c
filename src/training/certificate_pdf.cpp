#include "training/certificate_pdf.hpp"

#include <hpdf.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace frontline::training {
namespace {

struct HarúError {};

// libharu reports errors through a callback; the last one is kept so each
// call's return code can be turned into a message.
struct ErrorState {
  HPDF_STATUS error = 0;
  HPDF_STATUS detail = 0;
};

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* state = static_cast<ErrorState*>(user);
  state->error = error;
  state->detail = detail;
}

struct DocFree {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};

// "2026-11-24" -> "24/11/2026".
std::string vn_date(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

class Writer {
 public:
  Writer(HPDF_Page page, HPDF_Font regular, HPDF_Font bold) : page_(page), regular_(regular), bold_(bold) {}

  // One line centred on the page at height `y`.
  void centred(const std::string& text, float y, float size, bool bold, float gray = 0.1f) {
    HPDF_Font font = bold ? bold_ : regular_;
    HPDF_Page_SetFontAndSize(page_, font, size);
    HPDF_Page_SetGrayFill(page_, gray);
    const float width = HPDF_Page_TextWidth(page_, text.c_str());
    const float x = (HPDF_Page_GetWidth(page_) - width) / 2;
    HPDF_Page_BeginText(page_);
    HPDF_Page_TextOut(page_, x, y, text.c_str());
    HPDF_Page_EndText(page_);
  }

 private:
  HPDF_Page page_;
  HPDF_Font regular_;
  HPDF_Font bold_;
};

// libharu embeds only the glyphs a document uses, and of a composite glyph
// (DejaVu builds "ồ" from "ô" and a grave, "ô" from "o" and a circumflex) it
// keeps the first level of parts only, so deeper parts went missing and
// "Đồn" printed as "Đon". Drawing, invisibly, every Vietnamese letter with
// one mark and every combining mark makes each part a used glyph.
constexpr const char* kGlyphPrimer =
    "ÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
    "àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323`´^~˘˜ˆ";

void prime_glyphs(HPDF_Page page, HPDF_Font font) {
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, font, 1);
  HPDF_Page_SetTextRenderingMode(page, HPDF_INVISIBLE);
  HPDF_Page_TextOut(page, 40, 40, kGlyphPrimer);
  HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
  HPDF_Page_EndText(page);
}

std::string failure(const ErrorState& s, const char* what) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s (libharu error 0x%04X, detail %u)", what, static_cast<unsigned>(s.error),
                static_cast<unsigned>(s.detail));
  return buf;
}

}  // namespace

CertificateFonts default_certificate_fonts() {
  return {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"};
}

Result<std::string> render_certificate_pdf(const CertificateContent& c, const CertificateFonts& fonts) {
  for (const std::string& path : {fonts.regular, fonts.bold}) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return Error::unavailable("certificate font " + path + " is missing (install fonts-dejavu-core)");
    }
  }
  ErrorState state;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocFree> doc(HPDF_New(on_error, &state));
  if (!doc) return Error::internal("libharu could not create a document");
  HPDF_Doc pdf = doc.get();
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  if (HPDF_UseUTFEncodings(pdf) != HPDF_OK || HPDF_SetCurrentEncoder(pdf, "UTF-8") != HPDF_OK) {
    return Error::internal(failure(state, "libharu has no UTF-8 encoder"));
  }
  const char* regular_name = HPDF_LoadTTFontFromFile(pdf, fonts.regular.c_str(), HPDF_TRUE);
  const char* bold_name = HPDF_LoadTTFontFromFile(pdf, fonts.bold.c_str(), HPDF_TRUE);
  if (!regular_name || !bold_name) {
    return Error::unavailable(failure(state, ("certificate fonts could not be loaded: " + fonts.regular).c_str()));
  }
  HPDF_Font regular = HPDF_GetFont(pdf, regular_name, "UTF-8");
  HPDF_Font bold = HPDF_GetFont(pdf, bold_name, "UTF-8");
  HPDF_Page page = HPDF_AddPage(pdf);
  if (!regular || !bold || !page) return Error::internal(failure(state, "libharu could not prepare the page"));
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE);
  HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, ("Chứng nhận " + c.code).c_str());
  HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "Frontline");

  const float w = HPDF_Page_GetWidth(page);
  const float h = HPDF_Page_GetHeight(page);
  // A double frame.
  HPDF_Page_SetRGBStroke(page, 0.55f, 0.1f, 0.1f);
  HPDF_Page_SetLineWidth(page, 3);
  HPDF_Page_Rectangle(page, 24, 24, w - 48, h - 48);
  HPDF_Page_Stroke(page);
  HPDF_Page_SetLineWidth(page, 1);
  HPDF_Page_Rectangle(page, 32, 32, w - 64, h - 64);
  HPDF_Page_Stroke(page);

  prime_glyphs(page, regular);
  prime_glyphs(page, bold);
  Writer out(page, regular, bold);
  out.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", h - 80, 13, true);
  out.centred("Độc lập - Tự do - Hạnh phúc", h - 98, 12, false);
  out.centred("BỘ ĐỘI BIÊN PHÒNG", h - 126, 12, true);
  out.centred("GIẤY CHỨNG NHẬN", h - 180, 32, true, 0.0f);
  out.centred("CERTIFICATE OF COMPLETION", h - 204, 13, false, 0.35f);
  out.centred("Chứng nhận / This certifies that", h - 244, 12, false);
  std::string holder = c.holder_name;
  if (!c.holder_rank_vi.empty()) holder = c.holder_rank_vi + " " + holder;
  out.centred(holder, h - 280, 24, true, 0.0f);
  out.centred(c.unit_name, h - 304, 13, false);
  out.centred("đã hoàn thành khóa tập huấn / has completed the training course", h - 338, 12, false);
  out.centred(c.course_title_vi, h - 366, 16, true);
  if (!c.course_title_en.empty()) out.centred(c.course_title_en, h - 386, 12, false, 0.35f);
  out.centred("Mã khóa / Course: " + c.course_code + "   Từ / From " + vn_date(c.start_date) + "  đến / to " +
                  vn_date(c.end_date),
              h - 414, 11, false);
  out.centred("Ngày cấp / Issued: " + vn_date(c.issued_on), h - 432, 11, false);
  out.centred("Mã xác minh / Verification code: " + c.code, 86, 13, true, 0.0f);
  out.centred("Xác minh tại / Verify at: " + c.verify_path, 66, 10, false, 0.3f);
  if (c.revoked) {
    HPDF_Page_SetRGBFill(page, 0.8f, 0.0f, 0.0f);
    HPDF_Page_SetFontAndSize(page, bold, 40);
    HPDF_Page_BeginText(page);
    HPDF_Page_TextOut(page, 60, h / 2 + 120, "ĐÃ THU HỒI / REVOKED");
    HPDF_Page_EndText(page);
  }
  if (state.error != 0) return Error::internal(failure(state, "libharu could not draw the certificate"));

  if (HPDF_SaveToStream(pdf) != HPDF_OK) return Error::internal(failure(state, "libharu could not write the PDF"));
  HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
  std::string bytes(size, '\0');
  HPDF_UINT32 read = size;
  HPDF_ResetStream(pdf);
  HPDF_STATUS st = HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &read);
  if ((st != HPDF_OK && st != HPDF_STREAM_EOF) || read != size) {
    return Error::internal(failure(state, "libharu could not read the PDF back"));
  }
  return bytes;
}

}  // namespace frontline::training
