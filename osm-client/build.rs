//! With the `codegen` feature (off by default), generates the client from `../spec/osm.yaml` into
//! `$OUT_DIR/osm.rs` with osm-gen. Without it, nothing runs: `src/generated.rs` includes the
//! committed `generated/osm.rs` instead.

fn main() {
    #[cfg(feature = "codegen")]
    codegen::run();
}

#[cfg(feature = "codegen")]
mod codegen {
    use std::path::PathBuf;

    pub(crate) fn run() {
        let manifest_dir =
            PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
        let spec = manifest_dir.join("../spec/osm.yaml");
        println!("cargo:rerun-if-changed={}", spec.display());
        println!("cargo:rerun-if-changed=build.rs");

        let text = match std::fs::read_to_string(&spec) {
            Ok(text) => text,
            Err(e) => fail(&format!("cannot read {}: {e}", spec.display())),
        };
        let code = match osm_gen::generate(&text) {
            Ok(code) => code,
            Err(e) => fail(&format!("spec/osm.yaml cannot be generated:\n{e}")),
        };
        let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("osm.rs");
        if let Err(e) = std::fs::write(&out, code) {
            fail(&format!("cannot write {}: {e}", out.display()));
        }
    }

    /// Prints the error (cargo shows a failed build script's stderr) and stops the build.
    fn fail(message: &str) -> ! {
        eprintln!("error: osm-client: {message}");
        eprintln!("(the generated client comes from spec/osm.yaml; fix the spec, then rebuild)");
        std::process::exit(1);
    }
}
