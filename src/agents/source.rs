//! Where the prompts come from: a folder (PROMPTS_DIR), watched and reloadable,
//! or the prompts shipped with the binary, read-only, used when the default
//! folder does not exist so the binary runs from any directory.

use std::path::{Path, PathBuf};

use super::prompts::PromptError;
use crate::analyzer::{Analyzer, MODEL_FILE, PlaybookError};
use crate::config::embedded;

/// PROMPTS_DIR's default: `prompts` in the working directory.
pub const DEFAULT_PROMPTS_DIR: &str = "prompts";
/// The playbook's file name.
const PLAYBOOK: &str = "playbook.toml";

/// Where the prompts and the playbook are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptSource {
    /// A folder on disk.
    Dir(PathBuf),
    /// The files shipped with the binary (read-only).
    Shipped,
}

/// One template file: its version (the file's stem), where it comes from (for
/// messages), its text.
pub(super) struct TemplateFile {
    pub version: String,
    pub path: PathBuf,
    pub text: String,
}

impl PromptSource {
    /// `dir`, or the shipped prompts when `dir` is the default folder and does
    /// not exist (a folder named explicitly must exist).
    #[must_use]
    pub fn resolve(dir: &Path) -> Self {
        if dir == Path::new(DEFAULT_PROMPTS_DIR) && !dir.exists() {
            Self::Shipped
        } else {
            Self::Dir(dir.to_owned())
        }
    }

    /// The folder, when the prompts come from one.
    #[must_use]
    pub fn dir(&self) -> Option<&Path> {
        match self {
            Self::Dir(dir) => Some(dir),
            Self::Shipped => None,
        }
    }

    /// The folder's path, or `(shipped with the binary)`.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::Dir(dir) => dir.display().to_string(),
            Self::Shipped => "(shipped with the binary)".to_owned(),
        }
    }

    /// The `.txt` templates of `folder`, sorted by file name.
    pub(super) fn templates(&self, folder: &str) -> Result<Vec<TemplateFile>, PromptError> {
        match self {
            Self::Dir(dir) => read_folder(&dir.join(folder)),
            Self::Shipped => Ok(shipped_folder(folder)),
        }
    }

    /// The analyzer, compiled from the playbook, with the folder's detection
    /// model, or the shipped one when the folder has none (a folder written for an
    /// older release still gets the model).
    ///
    /// # Errors
    /// [`PlaybookError`] when the playbook or the model is invalid.
    pub fn analyzer(&self) -> Result<Analyzer, PlaybookError> {
        let shipped_model = || embedded::find(embedded::PROMPT_FILES, MODEL_FILE);
        let analyzer = match self {
            Self::Dir(dir) => {
                let analyzer = Analyzer::load(dir)?;
                if dir.join(MODEL_FILE).exists() {
                    return Ok(analyzer);
                }
                analyzer
            }
            Self::Shipped => {
                let text = embedded::find(embedded::PROMPT_FILES, PLAYBOOK).unwrap_or_default();
                Analyzer::parse_named(text, "(shipped)/playbook.toml")?
            }
        };
        match shipped_model() {
            Some(model) => analyzer.with_model(model, "(shipped)/analyzer_model.tsv"),
            None => Ok(analyzer),
        }
    }
}

fn read_folder(folder: &Path) -> Result<Vec<TemplateFile>, PromptError> {
    let fail = |file: &Path, message: String| PromptError {
        file: file.to_owned(),
        line: 0,
        message,
    };
    let entries = std::fs::read_dir(folder)
        .map_err(|e| fail(folder, format!("cannot read the folder: {e}")))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let Some(version) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        let text =
            std::fs::read_to_string(&path).map_err(|e| fail(&path, format!("cannot read: {e}")))?;
        files.push(TemplateFile {
            version,
            path,
            text,
        });
    }
    Ok(files)
}

fn shipped_folder(folder: &str) -> Vec<TemplateFile> {
    let prefix = format!("{folder}/");
    embedded::PROMPT_FILES
        .iter()
        .filter_map(|(path, text)| {
            let version = path.strip_prefix(&prefix)?.strip_suffix(".txt")?;
            (!version.contains('/')).then(|| TemplateFile {
                version: version.to_owned(),
                path: PathBuf::from(format!("(shipped)/{path}")),
                text: (*text).to_owned(),
            })
        })
        .collect()
}
