//! Loading: which sources are layered, in which order, and what a failure says.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use config::{Config, Environment, File, FileFormat};

use super::embedded;
use super::reader::{ConfigIssue, Entry, Reader};
use super::settings::Settings;
use super::typos;

/// Why the configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A file could not be read or parsed (its path is in the message).
    #[error("cannot read configuration: {0}")]
    Source(String),
    /// One or more values are invalid; each issue names its key.
    #[error("invalid configuration:\n{}", format_issues(.0))]
    Invalid(Vec<ConfigIssue>),
}

fn format_issues(issues: &[ConfigIssue]) -> String {
    issues
        .iter()
        .map(|i| format!("  - {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where the configuration comes from. [`Sources::from_process`] for the binary;
/// tests build one by hand so they never touch the process environment.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The folder holding `default.toml` and `{APP_ENV}.toml`.
    pub config_dir: PathBuf,
    /// The `.env` file, read if it exists.
    pub dotenv: Option<PathBuf>,
    /// Environment variables (they win over every file).
    pub env: HashMap<String, String>,
}

impl Sources {
    /// `config/` (or CONFIG_DIR) and `.env` in the working directory, and the
    /// process environment.
    #[must_use]
    pub fn from_process() -> Self {
        let env: HashMap<String, String> = std::env::vars().collect();
        let config_dir = env
            .get("CONFIG_DIR")
            .filter(|dir| !dir.trim().is_empty())
            .map_or_else(|| PathBuf::from("config"), PathBuf::from);
        Self {
            config_dir,
            dotenv: Some(PathBuf::from(".env")),
            env,
        }
    }

    /// The repository's `config/` with no `.env` and the given variables.
    #[must_use]
    pub fn with_env(config_dir: impl Into<PathBuf>, env: HashMap<String, String>) -> Self {
        Self {
            config_dir: config_dir.into(),
            dotenv: None,
            env,
        }
    }
}

impl Settings {
    /// Loads and validates the settings.
    ///
    /// # Errors
    /// [`ConfigError`] naming the file or every bad key.
    pub fn load(sources: &Sources) -> Result<Self, ConfigError> {
        Self::load_with_entries(sources).map(|(settings, _)| settings)
    }

    /// Loads the settings and the effective values, secrets redacted, for display.
    ///
    /// # Errors
    /// [`ConfigError`] naming the file or every bad key.
    pub fn load_with_entries(sources: &Sources) -> Result<(Self, Vec<Entry>), ConfigError> {
        let env = merged_env(sources)?;
        let app_env = env
            .get("APP_ENV")
            .map_or("development", String::as_str)
            .trim()
            .to_owned();
        let files = file_layers(&sources.config_dir, &app_env, env.contains_key("APP_ENV"))?;
        let config = Config::builder()
            .add_source(files.clone())
            .add_source(Environment::default().source(Some(env.clone())))
            .build()
            .map_err(|e| ConfigError::Source(e.to_string()))?;
        let mut reader = Reader::new(&config);
        let mut settings = Settings::read(&mut reader, app_env);
        reject_unknown_file_keys(&mut reader, &files);
        let known = reader.entries.iter().map(|e| e.key.to_owned()).collect();
        settings.warnings = typos::close_names(&env, &known);
        if reader.issues.is_empty() {
            Ok((settings, reader.entries))
        } else {
            Err(ConfigError::Invalid(reader.issues))
        }
    }
}

/// The process environment over the `.env` file (the environment wins).
fn merged_env(sources: &Sources) -> Result<HashMap<String, String>, ConfigError> {
    let mut env = HashMap::new();
    if let Some(path) = sources.dotenv.as_deref().filter(|p| p.exists()) {
        let items = dotenvy::from_path_iter(path)
            .map_err(|e| ConfigError::Source(format!("{}: {e}", path.display())))?;
        for item in items {
            let (key, value) =
                item.map_err(|e| ConfigError::Source(format!("{}: {e}", path.display())))?;
            env.insert(key, value);
        }
    }
    env.extend(sources.env.clone());
    Ok(env)
}

/// `default.toml`, then `{app_env}.toml` (required when APP_ENV was set
/// explicitly): each the shipped file, overridden by the one in `dir` if present.
fn file_layers(dir: &Path, app_env: &str, explicit: bool) -> Result<Config, ConfigError> {
    if app_env.is_empty()
        || !app_env
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(ConfigError::Invalid(vec![ConfigIssue {
            key: "APP_ENV".to_owned(),
            message: format!("must be a plain name such as production, got {app_env:?}"),
        }]));
    }
    let env_name = format!("{app_env}.toml");
    let shipped_env = embedded::find(embedded::CONFIG_FILES, &env_name);
    let env_file = dir.join(&env_name);
    if explicit && !env_file.exists() && shipped_env.is_none() {
        return Err(ConfigError::Invalid(vec![ConfigIssue {
            key: "APP_ENV".to_owned(),
            message: format!("no file {} for APP_ENV={app_env}", env_file.display()),
        }]));
    }
    let mut builder = Config::builder();
    for (shipped, file) in [
        (
            embedded::find(embedded::CONFIG_FILES, "default.toml"),
            dir.join("default.toml"),
        ),
        (shipped_env, env_file),
    ] {
        if let Some(text) = shipped {
            builder = builder.add_source(File::from_str(text, FileFormat::Toml));
        }
        builder = builder
            .add_source(File::new(&file.to_string_lossy(), FileFormat::Toml).required(false));
    }
    builder
        .build()
        .map_err(|e| ConfigError::Source(e.to_string()))
}

/// A key in a file that no setting reads is a typo: say so rather than ignore it.
fn reject_unknown_file_keys(reader: &mut Reader<'_>, files: &Config) {
    let known: BTreeSet<String> = reader
        .entries
        .iter()
        .map(|e| e.key.to_ascii_lowercase())
        .collect();
    let Ok(table) = files
        .clone()
        .try_deserialize::<HashMap<String, config::Value>>()
    else {
        return;
    };
    for key in table.keys().filter(|k| !known.contains(*k)) {
        reader.fail(&key.to_ascii_uppercase(), "is not a known setting (typo?)");
    }
}
