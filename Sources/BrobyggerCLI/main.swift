print("brobygger")
