// std::env::var reads the environment rustle runs in; a variable that is not there is
// Err(VarError::NotPresent), shown as std shows it, and converts into Box<dyn Error> with `?`
// (was unsupported).
use std::env;
use std::error::Error;

fn setting(name: &str) -> Result<String, Box<dyn Error>> {
    let v = env::var(name)?;
    Ok(v.trim().to_string())
}

fn main() {
    let name = String::from("RUSTLE_GOLDEN_SURELY_UNSET");
    match env::var(&name) {
        Ok(v) => println!("set to {}", v),
        Err(e) => println!("{}: {} / {:?}", name, e, e),
    }
    if let Err(env::VarError::NotPresent) = env::var("RUSTLE_GOLDEN_SURELY_UNSET") {
        println!("absent");
    }
    let level = env::var("RUSTLE_GOLDEN_SURELY_UNSET").unwrap_or_else(|_| "info".to_string());
    println!("{}", level);
    println!("{}", setting("RUSTLE_GOLDEN_SURELY_UNSET").unwrap_err());
    println!("{}", env::var("RUSTLE_GOLDEN_SURELY_UNSET").is_ok());
}
