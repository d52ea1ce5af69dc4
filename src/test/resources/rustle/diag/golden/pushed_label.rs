fn main() {
    let true = 5;
}
