fn main() {
    let x: i32 = "a";
    let y = undefined_name;
}
