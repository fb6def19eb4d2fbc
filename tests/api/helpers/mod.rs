//! Test support, in one place: settings, the real server on port 0 with its own
//! fake LLM ([`TestApp`]), a WebSocket client, a scripted provider, the real
//! binary, waiting on observable state, log capture, and scrapes of `/metrics`.

mod app;
mod binary;
mod client;
mod frames;
mod llm;
mod logs;
mod metrics;
mod scripted;
mod services;
mod wait;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use callshadow::config::{Settings, Sources};

pub use self::app::{
    TestApp, spawn_app, spawn_app_with, spawn_llm_app, spawn_llm_closing_app, spawn_redis_app,
};
pub use self::binary::{Server, start_binary, start_binary_logged, start_command};
pub use self::client::{Client, client_says};
pub use self::llm::{API_KEY, PASSWORD, default_suggestion, openai_binary};
pub use self::logs::CapturedLogs;
pub use self::metrics::{Metrics, listening_ports, scrape};
pub use self::scripted::{Script, ScriptedProvider};
pub use self::services::{Nginx, RedisServer};
pub use self::wait::{eventually, wait_for};

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Settings loaded from the repository's config with `env` on top.
pub fn load_settings(env: &[(&str, &str)]) -> Result<Settings, callshadow::config::ConfigError> {
    let env: HashMap<String, String> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Settings::load(&Sources::with_env(repo("config"), env))
}

/// The default settings, on port 0, with the repository's prompts.
pub fn test_settings() -> Settings {
    let mut settings = load_settings(&[]).expect("the default configuration is valid");
    settings.server.port = 0;
    settings.server.shutdown_grace = Duration::from_secs(2);
    settings.agents.prompts_dir = repo("prompts");
    settings
}

/// A temporary copy of the repository's `prompts/`, deleted when dropped.
pub fn copy_prompts() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&repo("prompts"), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Rewrites the file at `path` with `edit` applied to its text.
pub fn edit_file(path: &Path, edit: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).expect("the file is readable");
    std::fs::write(path, edit(text)).expect("the file is writable");
}
