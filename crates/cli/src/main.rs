fn main() {
    std::process::exit(alinea_cli::main_entry());
}
