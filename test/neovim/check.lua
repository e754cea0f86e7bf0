-- Run by test/neovim/neovim-lsp.test.ts after journey.lua opened demo.journey: asks the
-- server what a user's keys would ask (through Neovim's own client), writes the
-- answers as JSON to $JOURNEY_OUT and quits.
local buf = vim.api.nvim_get_current_buf()
local result = {}

local function client()
    return vim.lsp.buf_get_clients(buf)[next(vim.lsp.buf_get_clients(buf))]
end

local function request(method, params)
    local responses, err = vim.lsp.buf_request_sync(buf, method, params, 15000)
    if not responses then return { error = tostring(err) } end
    local response = responses[client().id]
    if not response then return { error = 'no response' } end
    if response.err then return { error = response.err.message or tostring(response.err) } end
    return { result = response.result }
end

local function at(line, character)
    return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
end

local function run()
    result.attached = vim.wait(20000, function() return client() ~= nil and client().initialized end, 50)
    result.diagnosed = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
    result.diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
        local lsp = d.user_data and d.user_data.lsp or {}
        table.insert(result.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = d.code or lsp.code, severity = d.severity })
    end
    result.semanticTokensAdvertised = client().server_capabilities.semanticTokensProvider ~= nil

    -- Hover on the `between` keyword and on the phase it names (line 8 of demo.journey).
    result.hoverKeyword = request('textDocument/hover', at(7, 10))
    result.hoverPhase = request('textDocument/hover', at(7, 20))
    -- Completion where the phase of `in purchase` is written (line 13).
    result.completion = request('textDocument/completion', at(12, 11))

    -- Code actions for the channel without digital/physical (line 4), with its diagnostic.
    local kiosk = vim.lsp.diagnostic.get_line_diagnostics(buf, 3)
    result.kioskActions = request('textDocument/codeAction', {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        range = { start = { line = 3, character = 0 }, ['end'] = { line = 3, character = 25 } },
        context = { diagnostics = kiosk },
    })
    -- Code actions on `between orientation and purchase` (line 8), then the `after` one applied by Neovim.
    result.betweenActions = request('textDocument/codeAction', {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        range = { start = { line = 7, character = 8 }, ['end'] = { line = 7, character = 8 } },
        context = { diagnostics = {} },
    })
    for _, action in ipairs(result.betweenActions.result or {}) do
        if action.edit and action.title:find('^Use `after orientation`') then
            vim.lsp.util.apply_workspace_edit(action.edit, client().offset_encoding)
            result.lineAfterEdit = vim.api.nvim_buf_get_lines(buf, 7, 8, false)[1]
        end
    end

    if result.semanticTokensAdvertised then
        result.semanticTokens = request('textDocument/semanticTokens/full', { textDocument = { uri = vim.uri_from_bufnr(buf) } })
    end
end

local ok, problem = pcall(run)
if not ok then result.failure = tostring(problem) end
vim.fn.writefile({ vim.fn.json_encode(result) }, os.getenv('JOURNEY_OUT'))
vim.cmd('qa!')
