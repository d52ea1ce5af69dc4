fn main() {
    let a: i32 = 1;
    let b = a + "x";
}
