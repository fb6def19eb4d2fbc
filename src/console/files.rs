//! Where the console's files come from: `web/` and `examples/` on disk when
//! `web/index.html` is in the working directory (served by tower-http's
//! `ServeDir`), else the copies compiled into the binary.

use std::path::Path;

use axum::Router;
use axum::extract::Path as UrlPath;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::services::{ServeDir, ServeFile};

use crate::config::embedded::{self, EXAMPLE_FILES, WEB_FILES};
use crate::state::AppState;

/// The page, relative to `web/`.
const INDEX: &str = "index.html";

/// Where the console's files are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folders {
    /// `web/` and `examples/` in the working directory.
    Disk,
    /// The copies the binary carries.
    Shipped,
}

impl Folders {
    /// `Disk` when `web/index.html` is in the working directory, else `Shipped`.
    #[must_use]
    pub fn resolve() -> Self {
        if Path::new("web").join(INDEX).is_file() {
            tracing::debug!("console: serving web/ and examples/ from the working directory");
            Self::Disk
        } else {
            tracing::debug!("console: serving the copy shipped with the binary");
            Self::Shipped
        }
    }

    /// `/`, `/assets/…` and `/examples/…` from these folders.
    pub fn routes(self) -> Router<AppState> {
        match self {
            Self::Disk => Router::new()
                .route_service("/", ServeFile::new(Path::new("web").join(INDEX)))
                .nest_service("/assets", ServeDir::new("web/assets"))
                .nest_service("/examples", ServeDir::new("examples")),
            Self::Shipped => {
                Router::new()
                    .route("/", get(|| async { shipped(WEB_FILES, INDEX) }))
                    .route(
                        "/assets/{*path}",
                        get(|UrlPath(path): UrlPath<String>| async move {
                            shipped(WEB_FILES, &format!("assets/{path}"))
                        }),
                    )
                    .route(
                        "/examples/{*path}",
                        get(|UrlPath(path): UrlPath<String>| async move {
                            shipped(EXAMPLE_FILES, &path)
                        }),
                    )
            }
        }
    }
}

/// The shipped file `name` of `files`, or 404.
fn shipped(files: &[(&str, &'static str)], name: &str) -> Response {
    match embedded::find(files, name) {
        Some(contents) => ([(header::CONTENT_TYPE, content_type(name))], contents).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The media type of a console file, by its extension.
#[must_use]
pub fn content_type(name: &str) -> &'static str {
    let extension = name.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "jsonl" => "application/jsonl; charset=utf-8",
        "svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_and_the_samples_are_shipped_with_their_media_types() {
        assert!(embedded::find(WEB_FILES, INDEX).is_some());
        assert!(embedded::find(EXAMPLE_FILES, "index.json").is_some());
        assert_eq!(
            content_type("assets/js/main.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type("a.jsonl"), "application/jsonl; charset=utf-8");
        assert_eq!(content_type("LICENSE"), "text/plain; charset=utf-8");
    }
}
