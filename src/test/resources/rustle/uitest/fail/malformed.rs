// Wrong on purpose: a directive rustle does not know, and an annotation that is not an error.
//@ build-pass

fn main() {
    let unused = 1; //~ WARN unused variable
}
