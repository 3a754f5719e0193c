// StaticFiles: which file answers a path of the web interface, with which
// content type and cache policy; nothing outside the root is ever served.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

#include "http/static_files.hpp"

namespace frontline::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() /
            ("frontline-static-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    root_ = base_ / "web";
    fs::create_directories(root_ / "assets");
    write(root_ / "index.html", "<!doctype html>");
    write(root_ / "assets" / "index-AbC123.js", "export {}");
    write(root_ / "assets" / "index-AbC123.css", "body{}");
    write(root_ / "favicon.svg", "<svg/>");
    write(root_ / ".hidden", "secret");
    write(base_ / "outside.txt", "secret");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(base_, ec);
  }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  fs::path base_;
  fs::path root_;
};

TEST_F(StaticFilesTest, RootAndClientRoutesGetIndexForBrowsers) {
  StaticFiles files(root_);
  for (const char* path : {"/", "/cases", "/cases/42", "/login/"}) {
    auto f = files.resolve(path, WantsHtml::kYes);
    ASSERT_TRUE(f.has_value()) << path;
    EXPECT_EQ(f->file.filename(), "index.html") << path;
    EXPECT_EQ(f->content_type, "text/html; charset=utf-8");
    EXPECT_EQ(f->cache, CachePolicy::kNoStore);
  }
}

TEST_F(StaticFilesTest, NonHtmlClientsGetNoPageForUnknownPaths) {
  StaticFiles files(root_);
  EXPECT_FALSE(files.resolve("/", WantsHtml::kNo).has_value());
  EXPECT_FALSE(files.resolve("/cases/42", WantsHtml::kNo).has_value());
  // Real files are served whatever the client accepts.
  EXPECT_TRUE(files.resolve("/assets/index-AbC123.js", WantsHtml::kNo).has_value());
}

TEST_F(StaticFilesTest, HashedAssetsAreImmutableWithTheirTypes) {
  StaticFiles files(root_);
  auto js = files.resolve("/assets/index-AbC123.js", WantsHtml::kYes);
  ASSERT_TRUE(js.has_value());
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(js->cache, CachePolicy::kImmutable);
  EXPECT_EQ(js->file, fs::canonical(root_ / "assets" / "index-AbC123.js"));
  auto css = files.resolve("/assets/index-AbC123.css", WantsHtml::kYes);
  ASSERT_TRUE(css.has_value());
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  auto icon = files.resolve("/favicon.svg", WantsHtml::kYes);
  ASSERT_TRUE(icon.has_value());
  EXPECT_EQ(icon->content_type, "image/svg+xml");
  EXPECT_EQ(icon->cache, CachePolicy::kRevalidate);
  auto index = files.resolve("/index.html", WantsHtml::kNo);
  ASSERT_TRUE(index.has_value());
  EXPECT_EQ(index->cache, CachePolicy::kNoStore);
}

TEST_F(StaticFilesTest, MissingFilesWithAnExtensionAreNotThePage) {
  StaticFiles files(root_);
  EXPECT_FALSE(files.resolve("/assets/index-Old999.js", WantsHtml::kYes).has_value());
  EXPECT_FALSE(files.resolve("/favicon.ico", WantsHtml::kYes).has_value());
}

TEST_F(StaticFilesTest, NoTraversalHiddenFilesOrEscapingSymlinks) {
  fs::create_symlink(base_ / "outside.txt", root_ / "link.txt");
  StaticFiles files(root_);
  for (const char* path : {"/../outside.txt", "/assets/../../outside.txt", "/./index.html", "/.hidden",
                           "/assets/..", "/..\\outside.txt", "/link.txt", "relative.txt", ""}) {
    auto f = files.resolve(path, WantsHtml::kYes);
    EXPECT_FALSE(f.has_value()) << path << " resolved to " << (f ? f->file.string() : "");
  }
  EXPECT_FALSE(files.resolve(std::string_view("/index.html\0.js", 15), WantsHtml::kYes).has_value());
}

TEST_F(StaticFilesTest, ApiPathsNeverResolve) {
  StaticFiles files(root_);
  for (const char* path : {"/api", "/api/", "/api/v1/cases", "/api/v2/x", "/healthz"}) {
    EXPECT_TRUE(is_api_path(path)) << path;
    EXPECT_FALSE(files.resolve(path, WantsHtml::kYes).has_value()) << path;
  }
  EXPECT_FALSE(is_api_path("/apiary"));
  EXPECT_FALSE(is_api_path("/cases"));
}

TEST(StaticFiles, ContentTypesAndCacheHeaders) {
  EXPECT_EQ(content_type_for("a/B.HTML"), "text/html; charset=utf-8");
  EXPECT_EQ(content_type_for("x.woff2"), "font/woff2");
  EXPECT_EQ(content_type_for("x.png"), "image/png");
  EXPECT_EQ(content_type_for("x.json"), "application/json; charset=utf-8");
  EXPECT_EQ(content_type_for("x.unknown"), "application/octet-stream");
  EXPECT_EQ(content_type_for("noext"), "application/octet-stream");
  EXPECT_EQ(cache_control(CachePolicy::kNoStore), "no-store");
  EXPECT_EQ(cache_control(CachePolicy::kImmutable), "public, max-age=31536000, immutable");
  EXPECT_EQ(cache_control(CachePolicy::kRevalidate), "no-cache");
}

TEST(StaticFiles, WantsHtmlFromAccept) {
  EXPECT_EQ(wants_html("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), WantsHtml::kYes);
  EXPECT_EQ(wants_html("TEXT/HTML"), WantsHtml::kYes);
  EXPECT_EQ(wants_html("*/*"), WantsHtml::kNo);
  EXPECT_EQ(wants_html("application/json"), WantsHtml::kNo);
  EXPECT_EQ(wants_html(""), WantsHtml::kNo);
}

TEST_F(StaticFilesTest, WebDirIsFoundBesideTheBinaryThenUnderShare) {
  // <exe>/web wins when it has an index.html.
  fs::create_directories(base_ / "bin");
  EXPECT_FALSE(find_web_dir(base_ / "bin").has_value());
  fs::create_directories(base_ / "share" / "frontline" / "web");
  write(base_ / "share" / "frontline" / "web" / "index.html", "<!doctype html>");
  auto shared = find_web_dir(base_ / "bin");
  ASSERT_TRUE(shared.has_value());
  EXPECT_EQ(*shared, fs::canonical(base_ / "share" / "frontline" / "web"));
  auto beside = find_web_dir(base_);
  ASSERT_TRUE(beside.has_value());
  EXPECT_EQ(*beside, fs::canonical(root_));
}

}  // namespace
}  // namespace frontline::http
