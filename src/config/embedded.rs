//! The shipped `config/` and `prompts/` files, compiled into the binary (listed
//! by `build.rs`), so it runs from any directory: files on disk override them.
//! The console's `web/` and `examples/` files are carried the same way.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The shipped file `name` of `files`, if there is one.
#[must_use]
pub fn find(files: &[(&str, &'static str)], name: &str) -> Option<&'static str> {
    files
        .iter()
        .find(|(path, _)| *path == name)
        .map(|(_, contents)| *contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_file_is_carried_with_its_contents() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (files, folder) in [(CONFIG_FILES, "config"), (PROMPT_FILES, "prompts")] {
            assert!(!files.is_empty(), "{folder} is carried");
            for (path, contents) in files {
                let on_disk = std::fs::read_to_string(root.join(folder).join(path)).unwrap();
                assert_eq!(&on_disk, contents, "{folder}/{path}");
            }
        }
        assert!(find(CONFIG_FILES, "default.toml").is_some());
        assert!(find(PROMPT_FILES, "orchestrator/v1.txt").is_some());
        assert!(find(PROMPT_FILES, "playbook.toml").is_some());
    }
}
