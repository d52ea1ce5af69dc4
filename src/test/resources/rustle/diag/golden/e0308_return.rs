fn f() -> i32 {
    "hello"
}

fn main() {
    f();
}
