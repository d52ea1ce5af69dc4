// A function pointer type may name the Rust ABI explicitly: `extern "Rust" fn(A) -> R` is `fn(A) -> R`.
type Check<T> = extern "Rust" fn(&T, &T) -> bool;

fn same_len(a: &String, b: &String) -> bool {
    a.len() == b.len()
}

fn run<T>(a: T, b: T, check: Check<T>) -> bool {
    check(&a, &b)
}

fn main() {
    let plain: fn(&String, &String) -> bool = same_len;
    let explicit: Check<String> = plain;
    println!("{}", run(String::from("abc"), String::from("xyz"), explicit));
    println!("{}", run(String::from("ab"), String::from("xyz"), same_len));
}
