fn main() {
    let p: Point = 1;
}
